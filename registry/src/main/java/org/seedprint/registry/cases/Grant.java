package org.seedprint.registry.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A grant to read one sealed deposit, as other areas and the API see it; {@code revokedAt == null}
 * means it is in force.
 *
 * @param caseId                  the court case of a consent or court order; null for an access agreement
 * @param reference               a court order's reference, or an access agreement's
 * @param depositorOrganisationId the depositor, taken from the deposit itself (null only on grants from before V34)
 * @param granteeOrganisationId   the organisation whose users may read: the case's court, or the requesting breeder
 */
public record Grant(
        long id,
        @Nullable Long caseId,
        @Nullable String caseNumber,
        @Nullable String courtName,
        UUID depositId,
        GrantBasis basis,
        @Nullable String reference,
        @Nullable Long depositorOrganisationId,
        long granteeOrganisationId,
        String grantedBy,
        Instant grantedAt,
        @Nullable String revokedBy,
        @Nullable Instant revokedAt) {

    /** Whether the grant is in force. */
    public boolean inForce() {
        return revokedAt == null;
    }

    /** One line for audit events: which grant, on what basis. */
    String describe() {
        return switch (basis) {
            case COURT_ORDER ->
                "grant " + id + ", case " + caseNumber + " (" + courtName + "), court order " + reference;
            case CONSENT -> "grant " + id + ", case " + caseNumber + " (" + courtName + "), depositor consent";
            case ACCESS_AGREEMENT ->
                "grant " + id + ", access agreement " + reference + ", organisation " + granteeOrganisationId;
        };
    }
}
