package org.seedprint.registry.brapi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.ProblemStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.json.JsonMapper;

/**
 * BrAPI's error shape for the BrAPI calls only (the rest of the API answers RFC 9457 problem
 * details): the status the platform gives each {@link DomainException} ({@link ProblemStatus}),
 * with the body the BrAPI specification gives every 4xx, a JSON string
 * {@code "ERROR - <time> - <message>"} (Error_Handling.md, components/responses/400BadRequest).
 * Like {@code web.PageErrors} for pages, it only renders; services still throw domain exceptions.
 */
@RestControllerAdvice(basePackageClasses = BrapiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrapiErrors {

    private static final Logger log = LoggerFactory.getLogger(BrapiErrors.class);

    private final JsonMapper json;

    BrapiErrors(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> domain(DomainException e) {
        return answer(ProblemStatus.of(e), String.valueOf(e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> typeMismatch(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getName() + ": not a valid value: '" + e.getValue() + "'");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
        String cause = e.getMostSpecificCause().getMessage();
        return answer(
                HttpStatus.BAD_REQUEST,
                "malformed JSON request object: "
                        + (cause == null ? "" : cause.lines().findFirst().orElse("")));
    }

    /**
     * Spring MVC's own refusals (unknown method, missing parameter, bad content type) keep their
     * status; anything else is a defect, logged here and answered 500 without its cause.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> other(Exception e) {
        if (e instanceof ErrorResponse r) {
            String detail = r.getBody().getDetail();
            return answer(r.getStatusCode(), detail == null ? r.getStatusCode().toString() : detail);
        }
        log.error("BrAPI call failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the registry's log has the details");
    }

    private ResponseEntity<String> answer(HttpStatusCode status, String message) {
        String text = "ERROR - " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " - " + message;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(text));
    }
}
