package org.seedprint.registry.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A token as its owner lists it: the prefix identifies it, the secret is never shown again. */
public record TokenView(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {}
