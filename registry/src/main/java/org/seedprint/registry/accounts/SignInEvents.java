package org.seedprint.registry.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Audits every web sign-in and feeds the throttle, then answers as Spring Security would. */
class SignInEvents implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final AuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final AuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");

    SignInEvents(SignInThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        throttle.succeeded(auth.getName());
        Long org = auth.getPrincipal() instanceof AccountPrincipal p ? p.user().organisationId() : null;
        audit.record(
                new AuditEntry(AuditActions.SIGN_IN, "user:" + auth.getName(), org, AuditOutcome.SUCCESS, "web"),
                auth.getName(),
                request.getRemoteAddr());
        success.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        String username = SignInThrottleFilter.username(request);
        throttle.failed(username, request.getRemoteAddr());
        audit.record(
                new AuditEntry(
                        AuditActions.SIGN_IN,
                        "user:" + username,
                        null,
                        AuditOutcome.FAILURE,
                        e.getClass().getSimpleName()),
                username,
                request.getRemoteAddr());
        failure.onAuthenticationFailure(request, response, e);
    }
}
