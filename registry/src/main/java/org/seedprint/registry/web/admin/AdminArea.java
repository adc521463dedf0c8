package org.seedprint.registry.web.admin;

import static org.seedprint.registry.platform.AccessRule.only;
import static org.seedprint.registry.platform.Role.ADMINISTRATOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.seedprint.registry.web.NavLink;
import org.seedprint.registry.web.PageLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The administrator's pages and their navigation entries. */
@Component
@Order(240)
class AdminArea implements AreaAccessRules, PageLinks {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                only(GET, "/admin", ADMINISTRATOR),
                only(GET, "/admin/crops", ADMINISTRATOR),
                only(POST, "/admin/crops/{code}", ADMINISTRATOR),
                only(GET, "/admin/checks", ADMINISTRATOR),
                only(POST, "/admin/organisations", ADMINISTRATOR),
                only(POST, "/admin/users", ADMINISTRATOR),
                only(POST, "/admin/users/{username}/enabled", ADMINISTRATOR));
    }

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink(500, "admin-crops", "/admin/crops", "作物与阈值", "Crops"),
                new NavLink(510, "admin", "/admin", "账户与密钥", "Accounts and keys"));
    }
}
