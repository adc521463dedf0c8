package org.seedprint.registry.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A claim notice: the candidate and its applicant, what of the owner's it matched, how close,
 * and the accepted agreement whose derived-variety clause it cites. Never any genotype or sealed content.
 *
 * @param matched       {@code variety:<id>} or {@code deposit:<uuid>}
 * @param runId         the screening that last found it (its comparison report, when one is issued, is reached from it)
 * @param agreementId   an accepted agreement between owner (provider) and applicant (recipient) over material of this crop
 */
public record ClaimView(
        long id,
        long ownerOrganisationId,
        String owner,
        String candidate,
        @Nullable Long applicantOrganisationId,
        @Nullable String applicant,
        String screening,
        @Nullable String reference,
        String matched,
        String crop,
        String classification,
        double similarity,
        int compared,
        int differing,
        long runId,
        int screenings,
        @Nullable UUID agreementId,
        @Nullable String derivedVarietyClause,
        ClaimState state,
        @Nullable UUID settlementAgreementId,
        @Nullable String caseReference,
        Instant detectedAt,
        Instant updatedAt,
        List<Step> timeline) {

    public record Step(
            @Nullable ClaimState from,
            ClaimState to,
            String actor,
            Instant at,
            @Nullable String note) {}
}
