package org.seedprint.registry.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AccessRules;
import org.seedprint.registry.platform.ApiRefusals;
import org.seedprint.registry.platform.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Web sign-in with a session and CSRF; API calls with personal access tokens
 * ({@code Authorization: Bearer}); authorisation from the one {@link AccessRules} table that every area adds its rules to, nothing else.
 * Not in the admin CLI, which has no web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccessRules rules,
            AccessTokens tokens,
            SignInThrottle throttle,
            AuditTrail audit,
            Accounts accounts)
            throws Exception {
        // the API and the BrAPI server: unlisted paths refused, no sign-in page but 401
        RequestMatcher api = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/brapi/**"));
        RequestMatcher bearer = request -> BearerTokenFilter.presented(request.getHeader(HttpHeaders.AUTHORIZATION));
        RequestMatcher[] sessionlessRules = rules.rules().stream()
                .filter(AccessRule::sessionless)
                .map(r -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(r.method(), r.pattern()))
                .toArray(RequestMatcher[]::new);
        // API calls without a session have no ambient credentials to abuse: they are anonymous
        RequestMatcher noSession = request -> api.matches(request)
                && request.getRequestedSessionId() == null
                && SecurityContextHolder.getContext().getAuthentication() == null;
        SignInEvents signIns = new SignInEvents(throttle, audit);
        ApiRefusals refusals = new ApiRefusals();
        return http.authorizeHttpRequests(a -> {
                    rules.rules().forEach(rule -> apply(a, rule));
                    a.requestMatchers(api).denyAll();
                    // Every handler has a rule (AccessRulesTest walks them), so a path without one
                    // serves nothing: let it reach the styled 404 page instead of the sign-in page.
                    a.anyRequest().permitAll();
                })
                // A token is not sent by the browser on its own, so token calls need no CSRF token;
                // nor do API calls without a session, the public requests that change nothing
                // (AccessRule.sessionless): BrAPI clients' searches are one or the other. The token travels in the
                // XSRF-TOKEN cookie (readable by the pages' scripts and Swagger UI, which send it back)
                // and in every form's _csrf field.
                .csrf(c -> c.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new CsrfTokens())
                        .ignoringRequestMatchers(bearer, noSession)
                        .ignoringRequestMatchers(sessionlessRules))
                // The web area's styled page (web.SignInPage); it also becomes the entry point for pages.
                .formLogin(f -> f.loginPage("/login").successHandler(signIns).failureHandler(signIns))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                // API refusals are problem details: 401 with the Bearer challenge, or 403.
                // (a lone defaultAccessDeniedHandlerFor would serve every path: pages keep Spring's 403)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(refusals, api)
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(api, refusals)), new AccessDeniedHandlerImpl())))
                .addFilterBefore(new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new DisabledAccountFilter(accounts), AuthorizationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .build();
    }

    /** The token in the XSRF-TOKEN cookie (readable by scripts), sent back as X-CSRF-TOKEN (the name forms' clients know). */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setHeaderName("X-CSRF-TOKEN");
        return repository;
    }

    private static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
            AccessRule rule) {
        var matcher = PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern());
        if (rule.isPublic()) {
            a.requestMatchers(matcher).permitAll();
        } else {
            a.requestMatchers(matcher)
                    .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
        }
    }
}
