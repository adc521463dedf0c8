package org.seedprint.registry.platform;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the HTTP status and, when one field is at fault, its name.
 * The problem-details handler turns it into an RFC 9457 response.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public ApiException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException badField(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, null, what + " not found");
    }

    public static ApiException conflict(String field, String message) {
        return new ApiException(HttpStatus.CONFLICT, field, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
