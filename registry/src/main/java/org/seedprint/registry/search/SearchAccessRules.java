package org.seedprint.registry.search;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Searching is public; rebuilding the index is for administrators. */
@Component
@Order(50)
class SearchAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(GET, "/api/v1/varieties"),
                open(GET, "/api/v1/varieties/similar-denominations"),
                open(GET, "/api/v1/search/organisations"),
                only(POST, "/api/v1/search/rebuild", ADMINISTRATOR));
    }
}
