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
        RequestMatcher sessionless = request -> api.matches(request)
                && request.getRequestedSessionId() == null
                && SecurityContextHolder.getContext().getAuthentication() == null;
        SignInEvents signIns = new SignInEvents(throttle, audit);
        ApiRefusals refusals = new ApiRefusals();
        return http.authorizeHttpRequests(a -> {
                    rules.rules().forEach(rule -> apply(a, rule));
                    a.requestMatchers(api).denyAll();
                    a.anyRequest().authenticated();
                })
                // A token is not sent by the browser on its own, so token calls need no CSRF token; nor
                // do API calls without a session (no ambient credentials to abuse: they are anonymous).
                .csrf(c -> c.ignoringRequestMatchers(bearer, sessionless))
                // The web area's styled page (web.SignInPage); it also becomes the entry point for pages.
                .formLogin(f -> f.loginPage("/login").successHandler(signIns).failureHandler(signIns))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                // API refusals are problem details: 401 with the Bearer challenge, or 403.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(refusals, api)
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(api, refusals)), new AccessDeniedHandlerImpl())))
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
