package org.seedprint.registry.web;

import java.util.List;
import org.springframework.stereotype.Component;

/** The navigation entries of the pages of this package. */
@Component
class PublicPageLinks implements PageLinks {

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink(100, "varieties", "/varieties", "品种检索", "Varieties"),
                new NavLink(300, "match", "/match", "指纹比对", "Match"),
                new NavLink(190, "verify", "/verify", "证书核验", "Verify"),
                new NavLink(990, "api", "/swagger-ui.html", "接口", "API"));
    }
}
