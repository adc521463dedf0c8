package org.seedprint.registry.web.sharing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.sharing.SharingUse;

/**
 * The sharing forms' fields as the browser sends them (text), read into the sharing area's
 * records; each bad value is an {@link Invalid} that names the field, as the API's 400 does.
 */
final class Fields {

    private Fields() {}

    /** The signed-in user's organisation, or -1 (party to nothing). */
    static long organisation(CurrentUsers users) {
        Long org = users.require().organisationId();
        return org == null ? -1 : org;
    }

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String required(String field, @Nullable String value) {
        String v = blank(value);
        if (v == null) throw new Invalid(field, field + ": required");
        return v;
    }

    static @Nullable BigDecimal decimal(String field, @Nullable String value) {
        String v = blank(value);
        if (v == null) return null;
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new Invalid(field, field + ": '" + v + "' is not a number");
        }
    }

    static int whole(String field, @Nullable String value) {
        String v = required(field, value);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new Invalid(field, field + ": '" + v + "' is not a whole number");
        }
    }

    static LocalDate date(String field, @Nullable String value) {
        String v = required(field, value);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Invalid(field, field + ": '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    static UUID uuid(String field, @Nullable String value) {
        String v = required(field, value);
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, field + ": '" + v + "' is not an id");
        }
    }

    static @Nullable SharingUse use(String field, @Nullable String value) {
        String v = blank(value);
        if (v == null) return null;
        try {
            return SharingUse.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, field + ": RESEARCH, BREEDING or COMMERCIAL, not '" + v + "'");
        }
    }

    /** The bean-validation rules the API applies to the same record (sizes, ranges), first one by field name. */
    static <T> T valid(Validator validator, T value) {
        ConstraintViolation<T> first = validator.validate(value).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .orElse(null);
        if (first != null) {
            String field = first.getPropertyPath().toString();
            throw new Invalid(field, field + ": " + first.getMessage());
        }
        return value;
    }
}
