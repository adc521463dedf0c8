package org.seedprint.registry.audit;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.seedprint.registry.platform.Role.COURT;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The audit trail: administrators and courts query and check it; administrators anchor its head. */
@Component
@Order(30)
class AuditAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(GET, "/api/v1/audit/events", ADMINISTRATOR, COURT),
                only(GET, "/api/v1/audit/check", ADMINISTRATOR, COURT),
                only(GET, "/api/v1/audit/anchors", ADMINISTRATOR, COURT),
                only(POST, "/api/v1/audit/anchors", ADMINISTRATOR));
    }
}
