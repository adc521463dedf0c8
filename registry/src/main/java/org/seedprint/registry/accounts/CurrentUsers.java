package org.seedprint.registry.accounts;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is asking: the one way other areas learn the current user and organisation. */
@Service
public class CurrentUsers {

    /** The signed-in user, or empty for the anonymous public. */
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority a : auth.getAuthorities()) {
            for (Role r : Role.values()) {
                if (r.authority().equals(a.getAuthority())) roles.add(r);
            }
        }
        // Organisation lookup by user account arrives with accounts (issue 5).
        return Optional.of(new CurrentUser(auth.getName(), null, roles));
    }
}
