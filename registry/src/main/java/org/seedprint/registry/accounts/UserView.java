package org.seedprint.registry.accounts;

import java.time.Instant;
import java.util.Set;
import org.seedprint.registry.platform.Role;

/** A user account as administrators see it; never the password hash. */
public record UserView(String username, long organisationId, Set<Role> roles, boolean enabled, Instant createdAt) {

    static UserView of(UserAccount a) {
        return new UserView(a.getUsername(), a.getOrganisationId(), a.getRoles(), a.isEnabled(), a.getCreatedAt());
    }
}
