package org.seedprint.registry.reports;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A report in a list (a case's, an application's): what it is, never its content.
 *
 * @param form       {@code SINGLE}; or, for a comparison against a sealed deposit, {@code FULL}
 *                   or {@code REDACTED}
 * @param fullFormId for a redacted form, the full form it names
 */
public record ReportSummary(
        UUID id,
        String kind,
        String form,
        @Nullable String reference,
        String requestedBy,
        String sha256,
        long logIndex,
        Instant issuedAt,
        @Nullable UUID fullFormId) {}
