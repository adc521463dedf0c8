package org.seedprint.registry.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured audit details: what changed, as JSON {@code {"changes":{"field":{"old":..,"new":..}}, ...}},
 * so that a reader (or a query) sees old and new values rather than a request line.
 */
public final class AuditChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditChanges() {}

    /**
     * The fields whose values differ between the two snapshots, each with its old and new value,
     * in the order of {@code after} (then fields only in {@code before}).
     */
    public static Map<String, Map<String, @Nullable Object>> diff(
            Map<String, ? extends @Nullable Object> before, Map<String, ? extends @Nullable Object> after) {
        Map<String, Map<String, @Nullable Object>> changes = new LinkedHashMap<>();
        after.forEach((field, now) -> {
            Object was = before.get(field);
            if (!Objects.equals(was, now)) changes.put(field, pair(was, now));
        });
        before.forEach((field, was) -> {
            if (!after.containsKey(field) && was != null) changes.put(field, pair(was, null));
        });
        return changes;
    }

    /** The detail of a change: the diff under {@code changes}, and the context (reason, ids) beside it. */
    public static String detail(
            Map<String, Map<String, @Nullable Object>> changes, Map<String, ? extends @Nullable Object> context) {
        Map<String, @Nullable Object> all = new LinkedHashMap<>(context);
        all.put("changes", changes);
        return json(all);
    }

    /** Any map of plain values (strings, numbers, booleans, lists, maps) as one line of JSON. */
    public static String json(Map<String, ? extends @Nullable Object> detail) {
        return JSON.writeValueAsString(detail);
    }

    private static Map<String, @Nullable Object> pair(@Nullable Object was, @Nullable Object now) {
        Map<String, @Nullable Object> p = new LinkedHashMap<>();
        p.put("old", was);
        p.put("new", now);
        return p;
    }
}
