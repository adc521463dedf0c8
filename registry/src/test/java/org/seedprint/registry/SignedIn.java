package org.seedprint.registry;

import java.util.List;
import java.util.concurrent.Callable;
import org.seedprint.registry.platform.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a service as a signed-in user (the services look the user's organisation up by name). */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(String username, Role role, Callable<T> action) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return action.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
