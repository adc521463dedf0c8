package org.seedprint.registry.matching;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.Role.COURT;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Screening and the pairs map are for examiners; comparisons also for courts. */
@Component
@Order(70)
class MatchingAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(POST, "/api/v1/matches", EXAMINER),
                only(GET, "/api/v1/comparisons", EXAMINER, COURT),
                only(GET, "/api/v1/crops/{code}/pairs", EXAMINER),
                only(POST, "/api/v1/crops/{code}/pairs", EXAMINER),
                only(GET, "/api/v1/panels/{id}/library.idx", EXAMINER));
    }
}
