package org.seedprint.registry.deposits;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.seedprint.registry.platform.Role.COURT;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Deposit metadata and proofs are public; sealed content is checked by cases.AccessPolicy. */
@Component
@Order(90)
class DepositAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(POST, "/api/v1/deposits", BREEDER),
                open(GET, "/api/v1/deposits"),
                open(GET, "/api/v1/deposits/{id}"),
                // every signed-in role reaches the service, so that AccessPolicy audits refused sealed reads too
                only(GET, "/api/v1/deposits/{id}/content", BREEDER, EXAMINER, COURT, ADMINISTRATOR),
                only(GET, "/api/v1/deposits/{id}/certificate.{format}", BREEDER, COURT),
                open(GET, "/api/v1/deposits/{id}/verification"),
                only(GET, "/api/v1/evidence/audit", ADMINISTRATOR, COURT),
                // a court's own case only: CourtCases.find answers another court's case as not found
                only(GET, "/api/v1/cases/{id}/bundle", COURT));
    }
}
