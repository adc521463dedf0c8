package org.seedprint.registry.deposits;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** The public facts of a deposit: what anyone may see, sealed or not. */
public record Deposit(
        UUID id,
        String depositor,
        Long organisationId,
        String crop,
        Visibility visibility,
        UUID supersedes,
        String sha256,
        long logIndex,
        Instant depositedAt) {

    public byte[] digest() {
        return HexFormat.of().parseHex(sha256);
    }
}
