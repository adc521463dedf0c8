package org.seedprint.registry.examination;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Batches and decisions are for examiners and administrators; applicants (breeders) read their
 * own organisation's applications (the service narrows the list and refuses the others').
 */
@Component
@Order(75)
class ExaminationAccessRules implements AreaAccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(POST, "/api/v1/examination/batches", EXAMINER, ADMINISTRATOR),
                only(GET, "/api/v1/examination/batches/{id}", EXAMINER, ADMINISTRATOR),
                only(GET, "/api/v1/examination/applications", EXAMINER, ADMINISTRATOR, BREEDER),
                only(GET, "/api/v1/examination/applications/{number}", EXAMINER, ADMINISTRATOR, BREEDER),
                only(POST, "/api/v1/examination/applications/{number}/decision", EXAMINER, ADMINISTRATOR),
                only(POST, "/api/v1/examination/applications/{number}/countersign", EXAMINER, ADMINISTRATOR),
                only(POST, "/api/v1/examination/applications/{number}/reopen", EXAMINER, ADMINISTRATOR));
    }
}
