package org.seedprint.registry.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.seedprint.registry.platform.ApiRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests for this request only (no
 * session). A bad token is answered 401 at once: it never falls back to a session cookie.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String SCHEME = "Bearer ";

    private final AccessTokens tokens;

    BearerTokenFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    static boolean presented(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!presented(header)) {
            chain.doFilter(request, response);
            return;
        }
        String what = request.getMethod() + " " + request.getRequestURI();
        var use = tokens.authenticate(header.substring(SCHEME.length()).strip(), what, request.getRemoteAddr());
        if (use.isEmpty()) {
            ApiRefusals.unauthenticated(response, "invalid, revoked or expired token", "invalid_token");
            return;
        }
        try {
            tokens.noteUse(use.get(), Instant.now());
        } catch (RuntimeException e) {
            // the last-use time is a convenience for the token list; it never fails a request
            log.warn("could not record the last use of token {}: {}", use.get().tokenId(), e.toString());
        }
        AccountPrincipal principal = use.get().principal();
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
