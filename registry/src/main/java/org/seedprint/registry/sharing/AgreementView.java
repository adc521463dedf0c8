package org.seedprint.registry.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agreement as its parties see it: the drafted terms and the digest each party accepts, the
 * acceptances, and once both accepted the issued document's digest and log leaf.
 *
 * @param termsSha256 SHA-256 of the canonical terms: what a party's click-wrap acceptance names
 * @param sha256      SHA-256 of the issued agreement (terms and both acceptances), once accepted
 */
public record AgreementView(
        UUID id,
        @Nullable Long requestId,
        @Nullable UUID amends,
        AgreementState state,
        long providerOrganisationId,
        String provider,
        long recipientOrganisationId,
        String recipient,
        Map<String, Object> terms,
        String termsSha256,
        List<Acceptance> acceptances,
        @Nullable String sha256,
        @Nullable Long logIndex,
        @Nullable Instant acceptedAt,
        String draftedBy,
        Instant draftedAt) {

    /** One party's click-wrap acceptance: who, for which organisation, when, of which terms. */
    public record Acceptance(long organisationId, String username, String termsSha256, Instant acceptedAt) {}

    public boolean acceptedBy(long organisationId) {
        return acceptances.stream().anyMatch(a -> a.organisationId() == organisationId);
    }
}
