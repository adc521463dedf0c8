package org.seedprint.registry.web.breeder;

import static org.seedprint.registry.platform.AccessRule.only;
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

/** The breeder's pages: the same roles as the API behind them, and their navigation entries. */
@Component
@Order(210)
class BreederArea implements AreaAccessRules, PageLinks {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(GET, "/my/varieties", BREEDER),
                only(GET, "/my/varieties/new", BREEDER),
                only(POST, "/my/varieties/new", BREEDER),
                only(GET, "/my/varieties/{id}/edit", BREEDER),
                only(POST, "/my/varieties/{id}/edit", BREEDER),
                only(POST, "/my/varieties/{id}/withdraw", BREEDER),
                only(GET, "/my/deposits", BREEDER),
                only(GET, "/my/deposits/new", BREEDER),
                only(POST, "/my/deposits/new", BREEDER),
                only(GET, "/my/deposits/{id}", BREEDER),
                only(GET, "/my/grants", BREEDER),
                only(POST, "/my/grants/consent", BREEDER),
                only(POST, "/my/grants/{id}/revoke", BREEDER));
    }

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink(200, "my-varieties", "/my/varieties", "我的品种", "My varieties"),
                new NavLink(210, "my-deposits", "/my/deposits", "我的存证", "My deposits"),
                new NavLink(220, "my-grants", "/my/grants", "授权与查阅", "Grants and reads"));
    }
}
