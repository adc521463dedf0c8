package org.seedprint.registry.accounts;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.Role;

/**
 * The signed-in user as the other areas see it.
 *
 * @param username       unique sign-in name
 * @param organisationId the user's organisation, or null (e.g. a test principal without one)
 * @param roles          granted roles
 */
public record CurrentUser(String username, @Nullable Long organisationId, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
