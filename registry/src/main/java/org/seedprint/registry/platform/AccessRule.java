package org.seedprint.registry.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One row of the access table: who may call {@code method} (null: any method) on a Spring
 * {@link PathPattern}. No roles means everyone, signed in or not. {@code sessionless}: a public
 * request that changes nothing (the verifier), posted without a session, so it needs no CSRF token.
 */
public record AccessRule(@Nullable HttpMethod method, String pattern, Set<Role> roles, boolean sessionless) {

    public AccessRule(@Nullable HttpMethod method, String pattern, Set<Role> roles) {
        this(method, pattern, roles, false);
    }

    public AccessRule {
        if (sessionless && !roles.isEmpty()) {
            throw new IllegalArgumentException(pattern + ": only a public rule can do without a session");
        }
        // an EnumSet keeps the roles in their declared order, as the docs table lists them
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        PathPatternParser.defaultInstance.parse(pattern); // a bad pattern fails at start-up, not at a request
    }

    /** Everyone may. */
    public static AccessRule open(@Nullable HttpMethod method, String pattern) {
        return new AccessRule(method, pattern, Set.of());
    }

    /** Everyone may, anonymously: curl or any web page posts it without a session or CSRF token. */
    public static AccessRule anonymous(HttpMethod method, String pattern) {
        return new AccessRule(method, pattern, Set.of(), true);
    }

    /** Only these roles may. */
    public static AccessRule only(@Nullable HttpMethod method, String pattern, Role first, Role... more) {
        return new AccessRule(method, pattern, EnumSet.of(first, more));
    }

    /** Any signed-in user, whatever the role. */
    public static AccessRule signedIn(@Nullable HttpMethod method, String pattern) {
        return new AccessRule(method, pattern, EnumSet.allOf(Role.class));
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    public boolean allows(Role role) {
        return isPublic() || roles.contains(role);
    }

    public boolean matches(HttpMethod m, PathContainer path) {
        return (method == null || method.equals(m))
                && PathPatternParser.defaultInstance.parse(pattern).matches(path);
    }
}
