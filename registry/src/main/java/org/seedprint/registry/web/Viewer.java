package org.seedprint.registry.web;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.AccessRules;
import org.seedprint.registry.platform.Role;
import org.springframework.http.HttpMethod;

/**
 * Who is looking at a page, for the header and for showing only what their role may use. What
 * a page offers comes from the same {@link AccessRules} table that decides every request, e.g.
 * {@code me.may('POST', '/match')} in a template.
 */
public record Viewer(@Nullable String username, Set<Role> roles, AccessRules rules) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    static Viewer anonymous(AccessRules rules) {
        return new Viewer(null, Set.of(), rules);
    }

    public boolean signedIn() {
        return username != null;
    }

    /** Whether this viewer's request {@code method path} would be let through. */
    public boolean may(String method, String path) {
        return rules.allows(roles, HttpMethod.valueOf(method), path);
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
