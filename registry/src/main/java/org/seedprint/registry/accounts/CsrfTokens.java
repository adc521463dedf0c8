package org.seedprint.registry.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Pages render the CSRF token masked (BREACH), and a request may send either that masked value
 * (forms, a page's meta tag, clients reading the form) or the raw value of the XSRF-TOKEN cookie
 * (Swagger UI, scripts), in the {@code _csrf} parameter or the {@code X-CSRF-TOKEN} header.
 */
final class CsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String sent = plain.resolveCsrfTokenValue(request, token);
        if (sent != null && sent.equals(token.getToken())) return sent;
        return masked.resolveCsrfTokenValue(request, token);
    }
}
