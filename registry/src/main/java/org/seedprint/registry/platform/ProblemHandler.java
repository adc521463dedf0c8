package org.seedprint.registry.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's one error handler: every refusal as RFC 9457 problem details, naming the field (and
 * file and line) at fault. Services throw {@link DomainException}s; the status is chosen here
 * ({@link ProblemStatus}), never in a service. Web pages have their own error page ({@code web.PageErrors}).
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(ProblemStatus.of(e), e.getMessage());
        if (e.field() != null) p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(InputFormatException.class)
    ProblemDetail input(InputFormatException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setType(URI.create("urn:seedprint:problem:input-format"));
        p.setProperty("source", e.source());
        p.setProperty("line", e.line());
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleWrite(ObjectOptimisticLockingFailureException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "someone else changed this record meanwhile; read it again and retry");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        String cause = e.getMostSpecificCause().getMessage();
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "the change breaks a database rule: "
                        + (cause == null ? "" : cause.lines().findFirst().orElse("")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ex.getBody();
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        p.setProperty("errors", errors);
        if (!errors.isEmpty()) {
            p.setProperty("field", errors.get(0).get("field"));
            p.setDetail(errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        }
        return handleExceptionInternal(ex, p, headers, status, request);
    }
}
