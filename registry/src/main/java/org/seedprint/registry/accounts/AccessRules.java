package org.seedprint.registry.accounts;

import static org.seedprint.registry.accounts.Role.ADMINISTRATOR;
import static org.seedprint.registry.accounts.Role.BREEDER;
import static org.seedprint.registry.accounts.Role.COURT;
import static org.seedprint.registry.accounts.Role.EXAMINER;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what: the one table that drives the security filter chain, is copied into
 * docs/security.md and is checked endpoint by endpoint by a test. First match wins. Anything
 * under /api not listed is refused; rules about one's own organisation and about sealed
 * content are checked in the services (see {@code cases.AccessPolicy}).
 */
public final class AccessRules {

    /** Everyone, signed in or not. */
    public static final Set<Role> PUBLIC = Set.of();

    private static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);

    /**
     * @param method  null for every method
     * @param pattern a Spring {@link PathPattern}
     * @param roles   the roles allowed; {@link #PUBLIC} (empty) for everyone
     */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {
        public Rule {
            roles = roles.isEmpty() ? PUBLIC : EnumSet.copyOf(roles);
        }

        public boolean isPublic() {
            return roles.isEmpty();
        }

        public boolean allows(Role role) {
            return isPublic() || roles.contains(role);
        }

        boolean matches(HttpMethod m, PathContainer path) {
            return (method == null || method.equals(m)) && PARSER.parse(pattern).matches(path);
        }
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final HttpMethod GET = HttpMethod.GET;
    private static final HttpMethod POST = HttpMethod.POST;
    private static final HttpMethod PUT = HttpMethod.PUT;
    private static final HttpMethod DELETE = HttpMethod.DELETE;

    public static final List<Rule> RULES = List.of(
            // platform, documentation, sign-in
            rule(GET, "/actuator"),
            rule(GET, "/actuator/health/**"),
            rule(GET, "/actuator/info"),
            rule(GET, "/v3/api-docs/**"),
            rule(GET, "/v3/api-docs.yaml"),
            rule(GET, "/swagger-ui.html"),
            rule(GET, "/swagger-ui/**"),
            rule(null, "/error"),
            rule(GET, "/"),
            rule(GET, "/login"),
            rule(POST, "/login"),

            // accounts (issue 5)
            rule(GET, "/api/v1/me", ANY_ROLE),
            rule(POST, "/api/v1/me/password", ANY_ROLE),
            rule(GET, "/api/v1/tokens", ANY_ROLE),
            rule(POST, "/api/v1/tokens", ANY_ROLE),
            rule(DELETE, "/api/v1/tokens/{id}", ANY_ROLE),
            rule(GET, "/api/v1/organisations"),
            rule(POST, "/api/v1/organisations", ADMINISTRATOR),
            rule(GET, "/api/v1/users", ADMINISTRATOR),
            rule(POST, "/api/v1/users", ADMINISTRATOR),
            rule(PUT, "/api/v1/users/{username}/enabled", ADMINISTRATOR),

            // court cases and grants (issue 5)
            rule(GET, "/api/v1/cases", COURT),
            rule(POST, "/api/v1/cases", COURT),
            rule(GET, "/api/v1/cases/{id}", COURT),
            rule(POST, "/api/v1/cases/{id}/deposits", COURT),
            rule(POST, "/api/v1/cases/{id}/varieties", COURT),
            rule(GET, "/api/v1/cases/{id}/grants", COURT),
            rule(POST, "/api/v1/cases/{id}/grants", COURT),
            rule(GET, "/api/v1/grants", BREEDER),
            rule(DELETE, "/api/v1/grants/{id}", COURT, BREEDER),

            // audit trail (issue 5)
            rule(GET, "/api/v1/audit/events", ADMINISTRATOR, COURT),
            rule(GET, "/api/v1/audit/check", ADMINISTRATOR, COURT),
            rule(GET, "/api/v1/audit/sealed-access", BREEDER),

            // varieties, library, matching (issue 4): open records are public, drafts checked in the service
            rule(GET, "/api/v1/varieties"),
            rule(POST, "/api/v1/varieties", BREEDER, EXAMINER, ADMINISTRATOR),
            rule(GET, "/api/v1/varieties/similar-denominations"),
            rule(GET, "/api/v1/varieties/{id}"),
            rule(PUT, "/api/v1/varieties/{id}", BREEDER, EXAMINER, ADMINISTRATOR),
            rule(POST, "/api/v1/imports", EXAMINER, ADMINISTRATOR),
            rule(GET, "/api/v1/imports/{id}", EXAMINER, ADMINISTRATOR),
            rule(POST, "/api/v1/matches", EXAMINER),
            rule(GET, "/api/v1/comparisons", EXAMINER, COURT),
            rule(GET, "/api/v1/crops"),
            rule(GET, "/api/v1/crops/{code}"),
            rule(PUT, "/api/v1/crops/{code}", ADMINISTRATOR),
            rule(GET, "/api/v1/crops/{code}/pairs", EXAMINER),
            rule(GET, "/api/v1/panels"),
            rule(GET, "/api/v1/profiles/{id}", BREEDER, EXAMINER, COURT),
            rule(DELETE, "/api/v1/profiles/{id}", ADMINISTRATOR),
            rule(GET, "/api/v1/search/organisations"),
            rule(POST, "/api/v1/search/rebuild", ADMINISTRATOR),

            // deposits and evidence (issue 6): metadata and proofs public, sealed content in AccessPolicy
            rule(POST, "/api/v1/deposits", BREEDER),
            rule(GET, "/api/v1/deposits"),
            rule(GET, "/api/v1/deposits/{id}"),
            rule(GET, "/api/v1/deposits/{id}/content", BREEDER, COURT),
            rule(GET, "/api/v1/deposits/{id}/certificate.{format}", BREEDER, COURT),
            rule(GET, "/api/v1/deposits/{id}/verification"),
            rule(GET, "/api/v1/log/checkpoint"),
            rule(GET, "/api/v1/log/checkpoints/{size}"),
            rule(GET, "/api/v1/log/key"),
            rule(GET, "/api/v1/evidence/ca.pem"),
            rule(GET, "/api/v1/evidence/tsa.pem"),
            rule(GET, "/api/v1/log/proof/inclusion"),
            rule(GET, "/api/v1/log/proof/consistency"),
            rule(GET, "/api/v1/log/audit", ADMINISTRATOR, COURT),
            rule(GET, "/api/v1/evidence/audit", ADMINISTRATOR, COURT),
            rule(POST, "/api/v1/verify"),

            // web pages (web area): the same rules as the API behind each page
            rule(GET, "/css/**"),
            rule(GET, "/favicon.ico"),
            rule(GET, "/varieties"),
            rule(GET, "/varieties/{id}"),
            rule(GET, "/match", EXAMINER),
            rule(POST, "/match", EXAMINER),
            rule(GET, "/compare", EXAMINER, COURT),
            rule(GET, "/verify"),
            rule(POST, "/verify"));

    private AccessRules() {}

    private static Rule rule(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, roles.length == 0 ? PUBLIC : EnumSet.of(roles[0], roles));
    }

    private static Rule rule(HttpMethod method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, roles);
    }

    /** The rule deciding this request, or empty when none does (refused under /api). */
    public static Optional<Rule> find(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream().filter(r -> r.matches(method, container)).findFirst();
    }
}
