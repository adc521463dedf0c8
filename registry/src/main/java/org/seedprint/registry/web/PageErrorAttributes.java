package org.seedprint.registry.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.registry.platform.DomainException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The message of the styled error page ({@code templates/error.html}) in both languages, whatever
 * went wrong on a page: a service's refusal, a missing or malformed parameter, an unknown path. API
 * paths keep the default attributes; their refusals are the problem handler's.
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, @Nullable Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, @Nullable Object> attributes = super.getErrorAttributes(request, options);
        Object path = attributes.get("path");
        if (path instanceof String p && !p.startsWith("/api/")) {
            String message = message(getError(request), attributes, p);
            if (message != null) attributes.put("message", message);
        }
        return attributes;
    }

    private static @Nullable String message(
            @Nullable Throwable error, Map<String, @Nullable Object> attributes, String path) {
        return switch (error) {
            case DomainException e -> Bilingual.of(e);
            case InputFormatException e -> Bilingual.of(e);
            case MissingServletRequestParameterException e -> Bilingual.missingParameter(e.getParameterName());
            case MethodArgumentTypeMismatchException e ->
                Bilingual.badParameter(
                        e.getName(),
                        String.valueOf(e.getValue()),
                        e.getRequiredType() == null
                                ? "value"
                                : e.getRequiredType().getSimpleName());
            case NoResourceFoundException e -> Bilingual.noPage(path);
            case null -> Integer.valueOf(404).equals(attributes.get("status")) ? Bilingual.noPage(path) : null;
            default -> null;
        };
    }
}
