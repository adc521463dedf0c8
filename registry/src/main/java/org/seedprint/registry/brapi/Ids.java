package org.seedprint.registry.brapi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * BrAPI DbIds are strings; the registry's are numbers. An id that is no number names nothing
 * (404 for a path, no match for a filter), it is never an error of the request. A query
 * DbId parameter may list several ids separated by commas.
 */
final class Ids {

    private Ids() {}

    static Optional<Long> number(String id) {
        try {
            return Optional.of(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The numeric ids of the list, in order; the rest match nothing. */
    static List<Long> numbers(List<String> ids) {
        return ids.stream().map(Ids::number).flatMap(Optional::stream).toList();
    }

    static List<String> list(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).map(String::trim).toList();
    }

    /** A query parameter's one value (a name may hold commas); empty when absent. */
    static List<String> one(@Nullable String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim());
    }

    /** A DbId query parameter's values, separated by commas; empty when absent. */
    static List<String> split(@Nullable String value) {
        if (value == null || value.isBlank()) return List.of();
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /**
     * The ids of a filter list: a list that names only ids that are no numbers matches nothing,
     * so it becomes an id no row has rather than an empty list (which would match everything).
     */
    static List<Long> filter(@Nullable List<String> ids) {
        List<String> given = list(ids);
        List<Long> numeric = numbers(given);
        return !given.isEmpty() && numeric.isEmpty() ? List.of(-1L) : numeric;
    }
}
