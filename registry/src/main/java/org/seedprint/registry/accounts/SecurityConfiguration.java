package org.seedprint.registry.accounts;

import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AccessRules;
import org.seedprint.registry.platform.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
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
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher bearer = request -> BearerTokenFilter.presented(request.getHeader(HttpHeaders.AUTHORIZATION));
        SignInEvents signIns = new SignInEvents(throttle, audit);
        return http.authorizeHttpRequests(a -> {
                    rules.rules().forEach(rule -> apply(a, rule));
                    a.requestMatchers(api).denyAll();
                    // Every handler has a rule (AccessRulesTest walks them), so a path without one
                    // serves nothing: let it reach the styled 404 page instead of the sign-in page.
                    a.anyRequest().permitAll();
                })
                // A token is not sent by the browser on its own, so token calls need no CSRF token.
                // A signed-in session's token travels in the XSRF-TOKEN cookie too, which Swagger UI
                // and the pages' scripts send back as X-XSRF-TOKEN; forms send it as _csrf.
                .csrf(c -> c.spa().ignoringRequestMatchers(bearer))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                // The web area's styled page (web.SignInPage); it also becomes the entry point for pages.
                .formLogin(f -> f.loginPage("/login").successHandler(signIns).failureHandler(signIns))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e ->
                        e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .addFilterBefore(new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new DisabledAccountFilter(accounts), AuthorizationFilter.class)
                .build();
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
