package org.seedprint.registry.imports;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Library imports: examiners and administrators. */
@Component
@Order(60)
class ImportAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(POST, "/api/v1/imports", EXAMINER, ADMINISTRATOR),
                only(GET, "/api/v1/imports/{id}", EXAMINER, ADMINISTRATOR));
    }
}
