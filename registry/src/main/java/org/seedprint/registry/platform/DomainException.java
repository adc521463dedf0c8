package org.seedprint.registry.platform;

import org.jspecify.annotations.Nullable;

/**
 * What a service refuses, in the domain's words and without an HTTP status: the one problem
 * handler of the API (and the page error handler of {@code web}) decide how each kind is
 * answered. {@code field} names the input at fault when one is, e.g. {@code cropCode},
 * {@code page} or {@code If-Match}.
 */
public abstract sealed class DomainException extends RuntimeException {

    private final @Nullable String field;

    private DomainException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }

    /** The thing asked for does not exist (or must look so to this caller). */
    public static final class NotFound extends DomainException {
        public NotFound(String what) {
            super(null, what + " not found");
        }
    }

    /** The input breaks a rule; {@code field} says which input. */
    public static final class Invalid extends DomainException {
        public Invalid(String field, String message) {
            super(field, message);
        }
    }

    /** The input is fine but clashes with what is stored (a duplicate, a record still cited). */
    public static final class Conflict extends DomainException {
        public Conflict(@Nullable String field, String message) {
            super(field, message);
        }
    }

    /** The caller is known but this record is not theirs to see or change. */
    public static final class Forbidden extends DomainException {
        public Forbidden(String message) {
            super(null, message);
        }

        /** Refused because of one input (e.g. a variety id that is another organisation's). */
        public Forbidden(String field, String message) {
            super(field, message);
        }
    }

    /** The version the caller edited (its ETag) is no longer the stored one. */
    public static final class PreconditionFailed extends DomainException {
        public PreconditionFailed(String field, String message) {
            super(field, message);
        }
    }

    /** A change that needs the version the caller edited (If-Match) came without it. */
    public static final class PreconditionRequired extends DomainException {
        public PreconditionRequired(String field, String message) {
            super(field, message);
        }
    }

    /** The input is larger than this service takes; {@code field} names it. */
    public static final class TooLarge extends DomainException {
        public TooLarge(String field, String message) {
            super(field, message);
        }
    }

    /** The caller asked too often; it may try again later. */
    public static final class TooManyRequests extends DomainException {
        public TooManyRequests(String message) {
            super(null, message);
        }
    }
}
