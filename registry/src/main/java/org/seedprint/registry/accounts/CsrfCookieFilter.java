package org.seedprint.registry.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the CSRF token of every page request, so that its cookie is there before any script needs
 * it (Swagger UI's "Try it out", a page's fetch of {@code POST /api/v1/tokens}), not only after a
 * page that renders a form. Token calls ({@code Authorization: Bearer}) need none and get none.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!BearerTokenFilter.presented(request.getHeader(HttpHeaders.AUTHORIZATION))
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
