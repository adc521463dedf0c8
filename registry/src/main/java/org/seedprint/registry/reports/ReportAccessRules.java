package org.seedprint.registry.reports;

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

/**
 * Examiners and courts issue and read reports (their own organisation's, checked in the service; a
 * full form against a sealed deposit also needs a grant); examiners report applications; courts,
 * or examiners on their behalf, order comparisons in a case; the re-check is public.
 */
@Component
@Order(125)
class ReportAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(POST, "/api/v1/reports", EXAMINER, COURT),
                only(GET, "/api/v1/reports/{id}", EXAMINER, COURT),
                only(GET, "/api/v1/reports/{id}/document", EXAMINER, COURT),
                open(GET, "/api/v1/reports/{id}/verification"),
                only(GET, "/api/v1/reports/{id}/certificate.{format}", EXAMINER, COURT),
                only(POST, "/api/v1/examination/applications/{number}/report", EXAMINER),
                only(POST, "/api/v1/cases/{id}/comparisons", COURT, EXAMINER),
                only(GET, "/api/v1/cases/{id}/reports", COURT, EXAMINER));
    }
}
