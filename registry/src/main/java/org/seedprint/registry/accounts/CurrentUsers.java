package org.seedprint.registry.accounts;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.seedprint.registry.platform.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is asking: the one way other areas learn the current user and organisation. */
@Service
public class CurrentUsers {

    private final UserAccountRepository accounts;

    CurrentUsers(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The signed-in user, or empty for the anonymous public. The organisation is the account's;
     * a principal without an account (e.g. a test's mock user) has none, so it owns nothing.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof AccountPrincipal p) {
            return Optional.of(p.user());
        }
        Set<Role> roles = rolesOf(auth);
        Long organisationId = accounts.findByUsername(auth.getName())
                .map(UserAccount::getOrganisationId)
                .orElse(null);
        return Optional.of(new CurrentUser(auth.getName(), organisationId, roles));
    }

    /** The signed-in user; for the public, an exception that Spring Security answers with 401. */
    public CurrentUser require() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("sign-in required"));
    }

    private static Set<Role> rolesOf(Authentication auth) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority a : auth.getAuthorities()) {
            for (Role r : Role.values()) {
                if (r.authority().equals(a.getAuthority())) roles.add(r);
            }
        }
        return roles;
    }
}
