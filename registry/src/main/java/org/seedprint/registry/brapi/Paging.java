package org.seedprint.registry.brapi;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.PagingProperties;

/**
 * BrAPI paging: {@code page} (from 0) and {@code pageSize} (default 1000), or the two dimensions
 * of the allele matrix. BrAPI names its parameters its own way, so the platform's
 * {@code page}/{@code size} resolver cannot read them; the limits are the platform's
 * ({@code seedprint.paging.max-size}, {@code max-offset}) and a bad value is refused the same
 * way, naming the parameter, never clamped.
 */
record Paging(int page, int pageSize) {

    static final int DEFAULT_SIZE = 1000;

    long offset() {
        return (long) page * pageSize;
    }

    Brapi.Pagination pagination(long totalCount) {
        return new Brapi.Pagination(page, pageSize, totalCount, totalPages(totalCount));
    }

    long totalPages(long totalCount) {
        return (totalCount + pageSize - 1) / pageSize;
    }

    /** Reads {@code pageName}/{@code sizeName} from request parameters. */
    static Paging of(Map<String, String> params, String pageName, String sizeName, PagingProperties limits) {
        return of(
                number(params.get(pageName), pageName),
                number(params.get(sizeName), sizeName),
                pageName,
                sizeName,
                limits);
    }

    /** Checks a page and size given as numbers (a search request's body); null takes the default. */
    static Paging of(
            @Nullable Integer page, @Nullable Integer size, String pageName, String sizeName, PagingProperties limits) {
        int p = page == null ? 0 : page;
        int s = size == null ? Math.min(DEFAULT_SIZE, limits.maxSize()) : size;
        if (p < 0) throw new Invalid(pageName, pageName + " must be 0 or more, not " + p);
        if (s < 1 || s > limits.maxSize()) {
            throw new Invalid(sizeName, sizeName + " must be between 1 and " + limits.maxSize() + ", not " + s);
        }
        Paging paging = new Paging(p, s);
        if (paging.offset() > limits.maxOffset()) {
            throw new Invalid(
                    pageName,
                    pageName + " " + p + " of " + sizeName + " " + s + " starts beyond row " + limits.maxOffset()
                            + "; narrow the query instead");
        }
        return paging;
    }

    private static @Nullable Integer number(@Nullable String value, String name) {
        if (value == null || value.isBlank()) return null;
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new Invalid(name, name + " must be a whole number, not '" + value + "'");
        }
    }
}
