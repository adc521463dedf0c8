package org.seedprint.registry.web.court;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.Role.COURT;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.seedprint.registry.web.NavLink;
import org.seedprint.registry.web.PageLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The court's pages: the same roles as the case API behind them, and their navigation entry. */
@Component
@Order(230)
class CourtArea implements AreaAccessRules, PageLinks {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(GET, "/court/cases", COURT),
                only(POST, "/court/cases", COURT),
                only(GET, "/court/cases/{id}", COURT),
                only(POST, "/court/cases/{id}/deposits", COURT),
                only(POST, "/court/cases/{id}/varieties", COURT),
                only(POST, "/court/cases/{id}/orders", COURT),
                only(POST, "/court/cases/{id}/grants/{grant}/revoke", COURT),
                only(GET, "/court/cases/{id}/audit", COURT));
    }

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink(400, "cases", "/court/cases", "我的案件", "My cases"));
    }
}
