package org.seedprint.registry.deposits;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The public facts of a deposit: what anyone may see, sealed or not. */
public record Deposit(
        UUID id,
        String depositor,
        @Nullable Long organisationId,
        String crop,
        Visibility visibility,
        @Nullable UUID supersedes,
        String sha256,
        long logIndex,
        Instant depositedAt) {

    public byte[] digest() {
        return HexFormat.of().parseHex(sha256);
    }
}
