package org.seedprint.registry.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The one way list endpoints read {@code page} and {@code size}: Spring Data's {@link Pageable}
 * (with {@code @PageableDefault} for an endpoint's default size), but strict. A page below 0, a
 * size outside 1..{@link PagingProperties#maxSize()}, a page starting deeper than
 * {@link PagingProperties#maxOffset()} or a value that is no number is refused with 400 naming the
 * parameter, never clamped into a silently different page.
 */
final class PagingResolver implements HandlerMethodArgumentResolver {

    static final String PAGE = "page";
    static final String SIZE = "size";

    private final PagingProperties limits;
    private final PageableHandlerMethodArgumentResolver spring = new PageableHandlerMethodArgumentResolver();

    PagingResolver(PagingProperties limits) {
        this.limits = limits;
        spring.setMaxPageSize(limits.maxSize());
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Pageable.class.equals(parameter.getParameterType());
    }

    @Override
    public Pageable resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mav,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        Integer page = number(request, PAGE);
        Integer size = number(request, SIZE);
        if (page != null && page < 0) {
            throw new DomainException.Invalid(PAGE, "page must be 0 or more, not " + page);
        }
        if (size != null && (size < 1 || size > limits.maxSize())) {
            throw new DomainException.Invalid(SIZE, "size must be between 1 and " + limits.maxSize() + ", not " + size);
        }
        Pageable pageable = spring.resolveArgument(parameter, mav, request, binders);
        if (pageable.getOffset() > limits.maxOffset()) {
            throw new DomainException.Invalid(
                    PAGE,
                    "page " + pageable.getPageNumber() + " of size " + pageable.getPageSize() + " starts beyond row "
                            + limits.maxOffset() + "; narrow the query instead");
        }
        return pageable;
    }

    private static @Nullable Integer number(NativeWebRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) return null;
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new DomainException.Invalid(name, name + " must be a whole number, not '" + value + "'");
        }
    }
}
