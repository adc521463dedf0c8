package org.seedprint.registry.platform;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Why a JSON body could not be read, for the client: the field (dotted path) and the form expected there. */
record UnreadableBody(@Nullable String field, String detail) {

    static UnreadableBody of(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException j)) {
            return new UnreadableBody(null, "the request body is missing or empty: send a JSON object");
        }
        String field = path(j);
        if (field == null) {
            if (j instanceof MismatchedInputException m && m.getTargetType() != null) {
                return new UnreadableBody(null, "the request body must be " + expected(m.getTargetType()));
            }
            var at = j.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new UnreadableBody(null, "the request body is not valid JSON" + where);
        }
        Class<?> target = switch (j) {
            case MismatchedInputException m -> m.getTargetType();
            case InputCoercionException c -> c.getTargetType();
            default -> null;
        };
        if (j instanceof UnrecognizedPropertyException) {
            return new UnreadableBody(field, field + ": no such field");
        }
        String got = j instanceof InvalidFormatException f && f.getValue() != null
                ? " (got " + quoted(f.getValue()) + ")"
                : j instanceof InputCoercionException ? " (the number is out of range)" : "";
        if (target == null) {
            return new UnreadableBody(
                    field, field + ": " + (j instanceof StreamReadException ? "not valid JSON" : "unreadable value"));
        }
        return new UnreadableBody(field, field + ": expected " + expected(target) + got);
    }

    /** The same for a multipart body's JSON part: the part is the field at fault. */
    UnreadableBody inPart(String part) {
        return new UnreadableBody(part, part + ": " + detail.replace("the request body", "the part"));
    }

    /** The path of the property at fault, e.g. {@code parents.0.denomination}; null for the body as a whole. */
    private static @Nullable String path(JacksonException j) {
        String path = j.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path;
    }

    /** The form a value of this type is written in, in words (no class names). */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) return "a date (yyyy-mm-dd)";
        if (Temporal.class.isAssignableFrom(type)) return "a date and time (ISO 8601, e.g. 2026-03-01T08:00:00Z)";
        if (type == UUID.class) return "a UUID";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "a number";
        if (type == String.class) return "a text";
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "a list";
        if (Map.class.isAssignableFrom(type) || type.isRecord()) return "an object";
        return "an object";
    }

    static String quoted(@Nullable Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
}
