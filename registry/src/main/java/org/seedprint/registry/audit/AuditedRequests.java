package org.seedprint.registry.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Audits, once answered, the calls of other areas that the rules say must be audited but whose
 * services do not record them themselves: threshold changes and library imports (certificate
 * downloads are recorded by the deposits area). The outcome follows the status: 2xx success, 401/403 denied, anything else failure.
 * A service that records its own richer event in its transaction should leave this table.
 */
@Component
class AuditedRequests implements HandlerInterceptor {

    /** @param subject the audit subject, with {@code {name}} filled from the path's variables */
    record Audited(HttpMethod method, PathPattern pattern, String action, String subject) {}

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    static final List<Audited> AUDITED = List.of(
            audited(HttpMethod.PUT, "/api/v1/crops/{code}", AuditActions.THRESHOLD_CHANGE, "crop:{code}"),
            audited(HttpMethod.POST, "/api/v1/imports", AuditActions.IMPORT, "library"));

    private final AuditTrail audit;

    AuditedRequests(AuditTrail audit) {
        this.audit = audit;
    }

    private static Audited audited(HttpMethod method, String pattern, String action, String subject) {
        return new Audited(method, PathPatternParser.defaultInstance.parse(pattern), action, subject);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        for (Audited a : AUDITED) {
            if (!a.method().equals(method)) continue;
            Optional.ofNullable(a.pattern().matchAndExtract(path)).ifPresent(match -> {
                int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
                audit.record(
                        new AuditEntry(
                                a.action(),
                                fill(a.subject(), match.getUriVariables()),
                                null,
                                outcome(status),
                                request.getMethod() + " " + request.getRequestURI() + " -> " + status),
                        AuditTrail.currentActor(),
                        request.getRemoteAddr());
            });
        }
    }

    static AuditOutcome outcome(int status) {
        if (status >= 200 && status < 300) return AuditOutcome.SUCCESS;
        return status == 401 || status == 403 ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
    }

    private static String fill(String template, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(variables.getOrDefault(m.group(1), "?")));
        }
        return m.appendTail(b).toString();
    }
}
