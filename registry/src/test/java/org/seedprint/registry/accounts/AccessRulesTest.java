package org.seedprint.registry.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.platform.AccessRules;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Walks every endpoint registered in the handler mappings (so a new endpoint without a rule
 * fails here) and asks it as the public and as each role: refused means 401 for the public and
 * 403 for a role, allowed means anything else.
 */
@RegistryIntegrationTest
class AccessRulesTest {

    /** Stands for every path variable: no such record exists, so allowed calls end in 4xx, not in side effects. */
    private static final String PLACEHOLDER = "987654321";

    record Endpoint(HttpMethod method, String pattern, String path, String handler) {}

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccessRules rules;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachRoleAsTheTableSays() {
        ensureUsers();
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.method() + " " + e.pattern(), () -> check(e)));
    }

    @Test
    void theWalkSeesTheEndpointsOfThisIssue() {
        assertThat(endpoints())
                .extracting(Endpoint::pattern)
                .contains("/api/v1/tokens", "/api/v1/cases/{id}/grants", "/api/v1/audit/check", "/actuator/health");
    }

    @Test
    void unlistedApiPathsAreRefusedEvenToAdministrators() throws Exception {
        var result = mvc.perform(request(HttpMethod.GET, "/api/v1/not-in-the-table")
                        .with(user("x").roles("ADMINISTRATOR")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/v1/not-in-the-table"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    private void check(Endpoint e) throws Exception {
        var rule = rules.find(e.method(), e.path());
        assertThat(rule)
                .as(
                        "no access rule for %s %s (%s): add one to its area's AreaAccessRules and docs/security.md",
                        e.method(), e.pattern(), e.handler())
                .isPresent();
        MvcResult anonymous = mvc.perform(call(e)).andReturn();
        int status = anonymous.getResponse().getStatus();
        if (rule.get().isPublic()) {
            assertThat(status).as("public %s %s", e.method(), e.path()).isNotIn(401, 403);
        } else if (e.path().startsWith("/api/")) {
            assertThat(status).as("anonymous %s %s", e.method(), e.path()).isEqualTo(401);
        } else {
            assertThat(status).as("anonymous %s %s", e.method(), e.path()).isIn(401, 302);
        }
        for (Role role : Role.values()) {
            int answer = mvc.perform(call(e).with(user(username(role)).roles(role.name())))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (rule.get().allows(role)) {
                assertThat(answer)
                        .as("%s may %s %s", role, e.method(), e.path())
                        .isNotIn(401, 403);
            } else {
                assertThat(answer)
                        .as("%s may not %s %s", role, e.method(), e.path())
                        .isEqualTo(403);
            }
        }
    }

    private static MockHttpServletRequestBuilder call(Endpoint e) {
        return request(e.method(), e.path())
                .with(csrf())
                .contentType("application/json")
                .content("{}");
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    Set<RequestMethod> asked =
                            methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods;
                    for (String pattern : info.getPatternValues()) {
                        for (RequestMethod m : asked) {
                            all.add(new Endpoint(m.asHttpMethod(), pattern, concrete(pattern), handler.toString()));
                        }
                    }
                }));
        return all.stream()
                .distinct()
                .sorted(java.util.Comparator.comparing(Endpoint::pattern)
                        .thenComparing(x -> x.method().name()))
                .toList();
    }

    /** A request path for a mapping pattern: every variable filled with the placeholder. */
    static String concrete(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "x")
                .replaceAll("\\{[^}]+}", PLACEHOLDER)
                .replace("**", "x");
    }

    private static String username(Role role) {
        return "rules-" + role.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void ensureUsers() {
        organisations.findOrCreate("RULES-ORG", "Rules test organisation", null, Organisation.Kind.INSTITUTE, null);
        for (Role role : Role.values()) {
            if (!accounts.exists(username(role))) {
                accounts.createUser(username(role), "RULES-ORG", Set.of(role), "rules-test-password");
            }
        }
    }
}
