package org.seedprint.registry.web;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.AccessRules;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.sharing.Inbox;
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
    private final List<NavLink> links;
    private final Inbox inbox;

    PageModel(CurrentUsers users, AccessRules rules, List<PageLinks> areas, Inbox inbox) {
        this.users = users;
        this.rules = rules;
        this.inbox = inbox;
        this.links = areas.stream()
                .flatMap(a -> a.links().stream())
                .sorted(Comparator.comparingInt(NavLink::order))
                .toList();
    }

    @ModelAttribute("me")
    Viewer me() {
        return users.current()
                .map(u -> new Viewer(u.username(), u.roles(), rules))
                .orElseGet(() -> Viewer.anonymous(rules));
    }

    /** What waits on a breeder's organisation, for the header's inbox link; null for everyone else. */
    @ModelAttribute("inboxCount")
    @Nullable
    Integer inboxCount() {
        return users.current()
                        .filter(u -> u.has(Role.BREEDER) && u.organisationId() != null)
                        .isPresent()
                ? inbox.count()
                : null;
    }

    /** The entries whose page the access table lets this viewer open. */
    @ModelAttribute("nav")
    List<NavLink> nav() {
        Viewer me = me();
        return links.stream().filter(l -> me.may("GET", l.path())).toList();
    }
}
