package org.seedprint.registry.cases;

import java.time.Instant;
import java.util.UUID;

/** A grant as other areas and the API see it; {@code revokedAt == null} means it is in force. */
public record Grant(
        long id,
        long caseId,
        String caseNumber,
        String courtName,
        UUID depositId,
        GrantBasis basis,
        String reference,
        Long depositorOrganisationId,
        String grantedBy,
        Instant grantedAt,
        String revokedBy,
        Instant revokedAt) {

    /** One line for audit events: which case, on what basis. */
    String describe() {
        return "grant " + id + ", case " + caseNumber + " (" + courtName + "), "
                + (basis == GrantBasis.COURT_ORDER ? "court order " + reference : "depositor consent");
    }
}
