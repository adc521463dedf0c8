package org.seedprint.registry.sharing;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An offer as the public catalogue shows it. {@code passport} is the deposit's passport data,
 * only for open deposits; a sealed deposit shows only the owner's title and summary, the crop,
 * the owner and the digest.
 */
public record OfferView(
        long id,
        UUID depositId,
        String visibility,
        String depositSha256,
        long ownerOrganisationId,
        String owner,
        String crop,
        String title,
        String summary,
        boolean offersSeed,
        @Nullable String seedQuantity,
        boolean offersGenotype,
        boolean offersPassport,
        Set<SharingUse> uses,
        OfferTerms terms,
        @Nullable Map<String, Object> passport,
        String offeredBy,
        Instant offeredAt,
        @Nullable Instant withdrawnAt) {

    public boolean sealed() {
        return visibility.equals("SEALED");
    }

    public boolean active() {
        return withdrawnAt == null;
    }
}
