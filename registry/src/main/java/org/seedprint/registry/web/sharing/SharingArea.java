package org.seedprint.registry.web.sharing;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.AccessRule.open;
import static org.seedprint.registry.platform.Role.BREEDER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.seedprint.registry.web.NavLink;
import org.seedprint.registry.web.PageLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The sharing pages: the catalogue is public like its API, the rest is breeders'; which side may act is the services' check. */
@Component
@Order(215)
class SharingArea implements AreaAccessRules, PageLinks {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                open(GET, "/sharing"),
                open(GET, "/sharing/offers/{id}"),
                only(POST, "/sharing/offers/{id}/request", BREEDER),
                only(POST, "/sharing/offers/{id}/withdraw", BREEDER),
                only(GET, "/my/deposits/{id}/offer", BREEDER),
                only(POST, "/my/deposits/{id}/offer", BREEDER),
                only(GET, "/sharing/inbox", BREEDER),
                only(GET, "/sharing/report", BREEDER),
                only(GET, "/sharing/requests", BREEDER),
                only(GET, "/sharing/requests/{id}", BREEDER),
                only(POST, "/sharing/requests/{id}/{action}", BREEDER),
                only(GET, "/sharing/agreements", BREEDER),
                only(GET, "/sharing/agreements/{id}", BREEDER),
                only(POST, "/sharing/agreements/{id}/accept", BREEDER),
                only(GET, "/sharing/claims", BREEDER),
                only(GET, "/sharing/claims/{id}", BREEDER),
                only(POST, "/sharing/claims/{id}/{action}", BREEDER));
    }

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink(120, "catalogue", "/sharing", "共享资源", "Sharing catalogue"),
                new NavLink(230, "sharing", "/sharing/inbox", "惠益分享", "Benefit sharing"));
    }
}
