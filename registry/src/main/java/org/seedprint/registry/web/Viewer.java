package org.seedprint.registry.web;

import java.util.List;
import java.util.Set;
import org.seedprint.registry.accounts.Role;

/**
 * Who is looking at a page, for the header and for showing only what their role may use;
 * the path rules in {@code accounts.AccessRules} still decide every request.
 */
public record Viewer(String username, Set<Role> roles) {

    static final Viewer PUBLIC = new Viewer(null, Set.of());

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean has(String role) {
        return roles.contains(Role.valueOf(role));
    }

    /** POST /match, as in AccessRules. */
    public boolean canMatch() {
        return roles.contains(Role.EXAMINER);
    }

    /** Profiles and their QC, as GET /api/v1/profiles/{id}. */
    public boolean canSeeProfiles() {
        return roles.contains(Role.BREEDER) || roles.contains(Role.EXAMINER) || roles.contains(Role.COURT);
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
