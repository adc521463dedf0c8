package org.seedprint.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.ProblemStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The pages' one error handler: a refusal of a service becomes the styled error page
 * ({@code templates/error.html}, its message from {@link PageErrorAttributes}) with the status the
 * API would answer. API errors are the platform's problem handler's.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    @ExceptionHandler(DomainException.class)
    void refused(DomainException e, HttpServletResponse response) throws IOException {
        response.sendError(ProblemStatus.of(e).value(), Bilingual.of(e));
    }
}
