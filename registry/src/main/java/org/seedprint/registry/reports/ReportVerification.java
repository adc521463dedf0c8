package org.seedprint.registry.reports;

import org.jspecify.annotations.Nullable;

/** The public re-check of a report, as the verify page shows it: no content, only the proof. */
public record ReportVerification(
        String id,
        String sha256,
        String issuedAt,
        long logIndex,
        @Nullable String timestamp,
        @Nullable String checkpoint,
        boolean valid,
        String reason) {}
