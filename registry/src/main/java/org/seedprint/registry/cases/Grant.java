package org.seedprint.registry.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A grant as other areas and the API see it; {@code revokedAt == null} means it is in force. */
public record Grant(
        long id,
        long caseId,
        String caseNumber,
        String courtName,
        UUID depositId,
        GrantBasis basis,
        @Nullable String reference,
        @Nullable Long depositorOrganisationId,
        String grantedBy,
        Instant grantedAt,
        @Nullable String revokedBy,
        @Nullable Instant revokedAt) {

    /** One line for audit events: which case, on what basis. */
    String describe() {
        return "grant " + id + ", case " + caseNumber + " (" + courtName + "), "
                + (basis == GrantBasis.COURT_ORDER ? "court order " + reference : "depositor consent");
    }
}
