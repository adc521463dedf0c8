package org.seedprint.registry.examination;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A batch of applications and its screening job.
 *
 * @param summary per class ({@code distinct}, {@code indistinct}, {@code edv-candidate},
 *                {@code inconclusive}) the numbers of the applications screened so
 */
public record Batch(
        long id,
        String cropCode,
        long panelId,
        String description,
        Status status,
        int done,
        int total,
        @Nullable String message,
        @Nullable String createdBy,
        Instant createdAt,
        @Nullable Instant finishedAt,
        Map<String, Integer> counts,
        Map<String, List<String>> summary) {

    public enum Status {
        QUEUED,
        SCREENING,
        DONE,
        FAILED
    }

    public static final List<String> CLASSES = List.of("distinct", "indistinct", "edv-candidate", "inconclusive");
}
