package org.seedprint.registry.cases;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.seedprint.registry.platform.Role.COURT;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Court cases and grants; which court and which depositor is checked in the services. */
@Component
@Order(20)
class CaseAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(GET, "/api/v1/cases", COURT),
                only(POST, "/api/v1/cases", COURT),
                only(GET, "/api/v1/cases/{id}", COURT),
                only(POST, "/api/v1/cases/{id}/deposits", COURT),
                only(POST, "/api/v1/cases/{id}/varieties", COURT),
                only(GET, "/api/v1/cases/{id}/grants", COURT),
                only(POST, "/api/v1/cases/{id}/grants", COURT),
                only(POST, "/api/v1/cases/{id}/consents", BREEDER),
                only(GET, "/api/v1/grants", BREEDER),
                only(DELETE, "/api/v1/grants/{id}", COURT, BREEDER),
                only(GET, "/api/v1/audit/sealed-access", BREEDER));
    }
}
