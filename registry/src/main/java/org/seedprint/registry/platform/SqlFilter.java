package org.seedprint.registry.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE clause of a filtered listing: conditions joined by AND, each list condition
 * {@code column IN (:name)} (values of one list are alternatives), empty lists skipped, values
 * always bound as parameters. For an area's own listing SQL.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    /** {@code column IN (values)}, unless {@code values} is empty. */
    public SqlFilter in(String column, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (:" + name + ")");
            params.addValue(name, values);
        }
        return this;
    }

    /** A condition of the caller's own SQL (bound names only, never values), with its parameter. */
    public SqlFilter where(String condition, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            conditions.add(condition);
            params.addValue(name, values);
        }
        return this;
    }

    /** " WHERE ..." or "" when nothing is filtered. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public MapSqlParameterSource params() {
        return params;
    }
}
