package org.seedprint.registry.platform;

import org.springframework.http.HttpStatus;

/** How each kind of {@link DomainException} is answered: the API's problem details and the web's error page agree. */
public final class ProblemStatus {

    private ProblemStatus() {}

    public static HttpStatus of(DomainException e) {
        return switch (e) {
            case DomainException.NotFound n -> HttpStatus.NOT_FOUND;
            case DomainException.Invalid i -> HttpStatus.BAD_REQUEST;
            case DomainException.Conflict c -> HttpStatus.CONFLICT;
            case DomainException.Forbidden f -> HttpStatus.FORBIDDEN;
            case DomainException.PreconditionFailed p -> HttpStatus.PRECONDITION_FAILED;
            case DomainException.PreconditionRequired p -> HttpStatus.PRECONDITION_REQUIRED;
            case DomainException.TooLarge t -> HttpStatus.CONTENT_TOO_LARGE;
            case DomainException.TooManyRequests t -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }
}
