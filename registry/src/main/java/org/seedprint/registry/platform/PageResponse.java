package org.seedprint.registry.platform;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** One page of a list: every list endpoint answers in this shape. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> view) {
        return new PageResponse<>(
                page.getContent().stream().map(view).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }

    /** One page of items already cut out of a larger list of {@code total}. */
    public static <T> PageResponse<T> of(List<T> items, Pageable pageable, long total) {
        return of(new PageImpl<>(items, pageable, total), Function.identity());
    }

    /** The page of a whole list held in memory. */
    public static <T> PageResponse<T> slice(List<T> all, Pageable pageable) {
        List<T> items = all.stream()
                .skip(pageable.getOffset())
                .limit(pageable.getPageSize())
                .toList();
        return of(items, pageable, all.size());
    }
}
