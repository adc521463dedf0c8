package org.seedprint.registry.platform;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
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

    /** A body Jackson could not read: the field at fault and the form it expects, never a bare "Failed to read request". */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        UnreadableBody why = UnreadableBody.of(ex);
        String part = why.field() == null ? jsonPart(request) : null;
        if (part != null) why = why.inPart(part);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, why.detail());
        if (why.field() != null) p.setProperty("field", why.field());
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * The one JSON part of a multipart operation (e.g. a deposit's "deposit" part beside its
     * files): an unreadable body there is that part, and the answer names it.
     */
    private static @Nullable String jsonPart(WebRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof HandlerMethod handler)) {
            return null;
        }
        List<String> parts = Arrays.stream(handler.getMethodParameters())
                .filter(m -> m.hasParameterAnnotation(RequestPart.class))
                .filter(m -> !MultipartFile.class.isAssignableFrom(m.getParameterType())
                        && !Collection.class.isAssignableFrom(m.getParameterType()))
                .map(m -> {
                    RequestPart a = m.getParameterAnnotation(RequestPart.class);
                    String name = a == null ? "" : a.name().isEmpty() ? a.value() : a.name();
                    return name.isEmpty() ? String.valueOf(m.getParameterName()) : name;
                })
                .toList();
        return parts.size() == 1 ? parts.get(0) : null;
    }

    /** A parameter outside its documented limits (@Size on a query parameter): the first one, named. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setDetail("a parameter is outside its limits");
        for (ParameterValidationResult r : ex.getParameterValidationResults()) {
            String name = r.getMethodParameter().getParameterName();
            String message = r.getResolvableErrors().isEmpty()
                    ? "invalid"
                    : String.valueOf(r.getResolvableErrors().get(0).getDefaultMessage());
            if (name != null) p.setProperty("field", name);
            p.setDetail((name == null ? "a parameter" : name) + ": " + message);
            break;
        }
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A multipart body that cannot be parsed (cut short, another boundary): the form as a whole. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail brokenForm(MultipartException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "the multipart/form-data body cannot be read (cut short, or parts not separated by the boundary"
                        + " the Content-Type names)");
    }

    /** A path or query value of the wrong type (page=abc, id=1.5): named, with the form expected. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type == null ? "another form" : UnreadableBody.expected(type);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                (field == null ? "a parameter" : field) + ": expected " + expected + ", got "
                        + UnreadableBody.quoted(ex.getValue()));
        if (field != null) p.setProperty("field", field);
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
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
