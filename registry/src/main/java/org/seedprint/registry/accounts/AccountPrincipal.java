package org.seedprint.registry.accounts;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal of a real account: carries the organisation so no lookup is
 * needed. The password hash is erased once sign-in is done, so sessions never hold it.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final String username;
    private final @Nullable Long organisationId;
    private final Set<Role> roles;
    private final boolean enabled;
    private @Nullable String passwordHash;

    AccountPrincipal(CurrentUser user, @Nullable String passwordHash, boolean enabled) {
        this.username = user.username();
        this.organisationId = user.organisationId();
        this.roles = Set.copyOf(user.roles());
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    CurrentUser user() {
        return new CurrentUser(username, organisationId, roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + ", organisation " + organisationId + ", " + roles + "]";
    }
}
