package org.seedprint.registry.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An access request as its two parties see it, with its timeline, oldest first. */
public record RequestView(
        long id,
        long offerId,
        String offerTitle,
        UUID depositId,
        long ownerOrganisationId,
        String owner,
        long requesterOrganisationId,
        String requester,
        String requestedBy,
        SharingUse intendedUse,
        @Nullable String quantity,
        String purpose,
        boolean sealedAccess,
        RequestState state,
        @Nullable Long grantId,
        @Nullable Shipment shipment,
        @Nullable UUID agreementId,
        Instant requestedAt,
        List<Transition> timeline) {

    /** One step of the timeline: who moved the request from one state to the next, for which organisation, when. */
    public record Transition(
            @Nullable RequestState from,
            RequestState to,
            String actor,
            @Nullable Long organisationId,
            Instant at,
            @Nullable String note) {}
}
