package org.seedprint.registry.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How the API refuses: 401 with {@code WWW-Authenticate: Bearer} for a caller who is not signed
 * in, also when it sent no CSRF token (an anonymous call has no session to forge, so the missing
 * token is not the problem; signing in is); 403 for a signed-in caller.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final HttpStatusEntryPoint unauthorised = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"seedprint\"");
        unauthorised.commence(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        // Spring uses a lone default handler for every path: pages (a form without its token) stay 403
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api && e instanceof CsrfException && anonymous()) {
            commence(request, response, new InsufficientAuthenticationException("sign-in required", e));
            return;
        }
        forbidden.handle(request, response, e);
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
    }
}
