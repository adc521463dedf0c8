package org.seedprint.registry.web;

import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.AccessRules;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every web page's layout needs: the viewer for the header and the navigation. The error
 * page's too, so that a refused page still shows who is signed in.
 */
@ControllerAdvice(basePackageClasses = PageModel.class, assignableTypes = BasicErrorController.class)
class PageModel {

    private final CurrentUsers users;
    private final AccessRules rules;

    PageModel(CurrentUsers users, AccessRules rules) {
        this.users = users;
        this.rules = rules;
    }

    @ModelAttribute("me")
    Viewer me() {
        return users.current()
                .map(u -> new Viewer(u.username(), u.roles(), rules))
                .orElseGet(() -> Viewer.anonymous(rules));
    }
}
