package org.seedprint.registry.sharing;

import org.jspecify.annotations.Nullable;

/** The public re-check of an accepted agreement, as the verify page shows it. */
public record AgreementVerification(
        String id,
        String sha256,
        String acceptedAt,
        long logIndex,
        @Nullable String timestamp,
        @Nullable String checkpoint,
        boolean valid,
        String reason) {}
