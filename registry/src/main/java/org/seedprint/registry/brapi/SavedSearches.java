package org.seedprint.registry.brapi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * BrAPI saved searches: the search request is stored under a new {@code searchResultsDbId} and
 * run again on every GET, so the results always come from the registry's current data. A week
 * after it was saved a search is gone (404).
 */
@Component
class SavedSearches {

    static final Duration KEPT = Duration.ofDays(7);

    private static final String INSERT =
            "INSERT INTO brapi_search (id, kind, request, created_at) VALUES (?, ?, ?::jsonb, ?)";
    private static final String EXPIRE = "DELETE FROM brapi_search WHERE created_at < ?";
    private static final String SELECT =
            "SELECT request::text FROM brapi_search WHERE id = ? AND kind = ? AND created_at >= ?";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SavedSearches(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    String save(String kind, Object request) {
        Instant now = Instant.now();
        jdbc.update(EXPIRE, Timestamp.from(now.minus(KEPT)));
        UUID id = UUID.randomUUID();
        jdbc.update(INSERT, id, kind, json.writeValueAsString(request), Timestamp.from(now));
        return id.toString();
    }

    @Transactional(readOnly = true)
    <T> T load(String kind, String searchResultsDbId, Class<T> type) {
        UUID id;
        try {
            id = UUID.fromString(searchResultsDbId);
        } catch (IllegalArgumentException e) {
            throw new NotFound("search results " + searchResultsDbId);
        }
        @Nullable
        String request = jdbc.query(
                SELECT,
                rs -> rs.next() ? rs.getString(1) : null,
                id,
                kind,
                Timestamp.from(Instant.now().minus(KEPT)));
        if (request == null) throw new NotFound(kind + " search results " + searchResultsDbId);
        return json.readValue(request, type);
    }
}
