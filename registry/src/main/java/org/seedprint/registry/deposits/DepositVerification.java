package org.seedprint.registry.deposits;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A deposit re-checked from what is stored (the public verify page's data).
 *
 * @param timestamp  the time-stamp's time, when its token verified
 * @param checkpoint the newest signed checkpoint the deposit was proven in, when it was
 * @param reason     what verified, or the first thing that did not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DepositVerification(
        String id,
        String sha256,
        String depositedAt,
        long logIndex,
        @Nullable String timestamp,
        @Nullable String checkpoint,
        boolean valid,
        String reason) {}
