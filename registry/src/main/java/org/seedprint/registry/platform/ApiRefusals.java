package org.seedprint.registry.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the API refuses a caller, before any controller runs: problem details like every other API
 * error. Without credentials (or with bad ones) 401 with the Bearer challenge RFC 9110 requires;
 * a known caller without the role 403. A caller without credentials is asked to authenticate even
 * where the refusal came from the CSRF check (an unsafe method without a token or a session).
 */
public final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        askToAuthenticate(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            askToAuthenticate(response);
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "your role may not do " + request.getMethod() + " on this path");
    }

    private static void askToAuthenticate(HttpServletResponse response) throws IOException {
        unauthenticated(response, "sign in: send Authorization: Bearer <personal access token>", null);
    }

    /** 401 with a Bearer challenge; {@code error} is RFC 6750's error code (e.g. invalid_token), or null. */
    public static void unauthenticated(HttpServletResponse response, String detail, @Nullable String error)
            throws IOException {
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                error == null ? "Bearer realm=\"seedprint\"" : "Bearer realm=\"seedprint\", error=\"" + error + "\"");
        write(response, HttpStatus.UNAUTHORIZED, detail);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(ProblemDetail.forStatusAndDetail(status, detail)));
    }
}
