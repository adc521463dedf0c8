package org.seedprint.registry.web.examination;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.seedprint.registry.platform.Role.EXAMINER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.seedprint.registry.web.NavLink;
import org.seedprint.registry.web.PageLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The examination pages: the same roles as the examination API behind them. Applicants
 * (breeders) read their own organisation's applications; the service narrows the list and
 * answers another's as not found.
 */
@Component
@Order(225)
class ExaminationArea implements AreaAccessRules, PageLinks {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(GET, "/examination/applications", EXAMINER, ADMINISTRATOR, BREEDER),
                only(GET, "/examination/applications/{number}", EXAMINER, ADMINISTRATOR, BREEDER),
                only(POST, "/examination/applications/{number}/decision", EXAMINER, ADMINISTRATOR),
                only(POST, "/examination/applications/{number}/countersign", EXAMINER, ADMINISTRATOR),
                only(POST, "/examination/applications/{number}/reopen", EXAMINER, ADMINISTRATOR),
                only(GET, "/examination/batches", EXAMINER, ADMINISTRATOR),
                only(POST, "/examination/batches", EXAMINER, ADMINISTRATOR),
                only(GET, "/examination/batches/{id}", EXAMINER, ADMINISTRATOR));
    }

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink(310, "examination", "/examination/applications", "品种审查", "Examination"));
    }
}
