package org.seedprint.registry.deposits;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a deposit names besides its content: its owner, whether it is sealed, and the variety and
 * stored profile it was deposited for. Never any of the content itself.
 */
public record DepositMaterial(
        UUID depositId,
        @Nullable Long organisationId,
        boolean sealed,
        @Nullable Long varietyId,
        @Nullable Long profileId) {}
