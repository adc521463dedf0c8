package org.seedprint.registry.brapi;

import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The two answers of a BrAPI {@code POST /search/...}: a search whose whole result fits the
 * requested page (page 0) answers 200 with it at once; a larger one is saved and answers 202
 * with its {@code searchResultsDbId}, to be read page by page with {@code GET /search/.../{id}}.
 */
@Component
class Searches {

    record Accepted(String searchResultsDbId) {}

    private final SavedSearches saved;

    Searches(SavedSearches saved) {
        this.saved = saved;
    }

    ResponseEntity<Brapi<?>> answer(String kind, Object request, boolean fitsOnePage, Supplier<Brapi<?>> result) {
        if (fitsOnePage) return ResponseEntity.ok(result.get());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(save(kind, request));
    }

    /** Saves the search and gives the body of its 202 answer. */
    Brapi<Accepted> save(String kind, Object request) {
        return Brapi.single(new Accepted(saved.save(kind, request)));
    }

    <T> T load(String kind, String id, Class<T> type) {
        return saved.load(kind, id, type);
    }
}
