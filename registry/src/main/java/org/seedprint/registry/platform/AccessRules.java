package org.seedprint.registry.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;

/**
 * Who may call what: the one table, made of every area's {@link AreaAccessRules}. It drives the
 * security filter chain, is copied into docs/security.md and is checked endpoint by endpoint by
 * a test; pages ask it what to show ({@code web.Viewer}). First match wins. Anything under /api
 * not listed is refused; rules about one's own organisation and about sealed content are checked
 * in the services (see {@code cases.AccessPolicy}).
 */
@Component
public class AccessRules {

    private final List<AccessRule> rules;

    AccessRules(List<AreaAccessRules> areas) {
        this.rules = areas.stream().flatMap(a -> a.rules().stream()).toList();
        Set<String> seen = new HashSet<>();
        for (AccessRule r : rules) {
            if (!seen.add(r.method() + " " + r.pattern())) {
                throw new IllegalStateException("two access rules for " + r.method() + " " + r.pattern());
            }
        }
    }

    /** Every rule, in the order they are tried. */
    public List<AccessRule> rules() {
        return rules;
    }

    /** The rule deciding this request, or empty when none does (refused under /api). */
    public Optional<AccessRule> find(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().filter(r -> r.matches(method, container)).findFirst();
    }

    /** Whether a user with these roles (none: the public) may make this request. */
    public boolean allows(Set<Role> roles, HttpMethod method, String path) {
        return find(method, path)
                .map(r -> r.isPublic() || roles.stream().anyMatch(r::allows))
                .orElse(false);
    }
}
