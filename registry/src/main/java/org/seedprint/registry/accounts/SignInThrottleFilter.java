package org.seedprint.registry.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in attempt with 429 while its user name or address must still wait. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final SignInThrottle throttle;
    private final AuditTrail audit;

    SignInThrottleFilter(SignInThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    static String username(HttpServletRequest request) {
        String name = request.getParameter("username");
        return name == null ? "" : name.strip();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = username(request);
        var wait = throttle.waitFor(username, request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().plus(Duration.ofMillis(999)).toSeconds());
        audit.record(
                new AuditEntry(
                        AuditActions.SIGN_IN,
                        "user:" + username,
                        null,
                        AuditOutcome.DENIED,
                        "too many failed sign-ins, wait " + seconds + " s"),
                username,
                request.getRemoteAddr());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.sendError(429, "too many failed sign-ins; try again in " + seconds + " s");
    }
}
