package org.seedprint.registry.web;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.COURT;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The pages: the same rules as the API behind each page. */
@Component
@Order(200)
class PageAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(GET, "/"),
                open(GET, "/login"),
                open(GET, "/css/**"),
                open(GET, "/favicon.ico"),
                open(GET, "/varieties"),
                open(GET, "/varieties/{id}"),
                only(GET, "/match", EXAMINER),
                only(POST, "/match", EXAMINER),
                only(GET, "/compare", EXAMINER, COURT),
                open(GET, "/verify"),
                open(POST, "/verify"));
    }
}
