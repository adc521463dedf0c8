package org.seedprint.registry.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Permission for one organisation to read one deposit's sealed content, until revoked: a case's
 * court (consent, court order) or a requesting breeder (access agreement, no case).
 */
@Entity
@Table(name = "case_grant")
class CaseGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "case_id")
    private @Nullable CourtCase courtCase;

    @Column(name = "deposit_id", nullable = false)
    private UUID depositId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GrantBasis basis;

    private @Nullable String reference;

    @Column(name = "depositor_organisation_id")
    private @Nullable Long depositorOrganisationId;

    @Column(name = "grantee_organisation_id", nullable = false)
    private Long granteeOrganisationId;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by", length = 64)
    private @Nullable String revokedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected CaseGrant() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    CaseGrant(
            @Nullable CourtCase courtCase,
            UUID depositId,
            GrantBasis basis,
            @Nullable String reference,
            long depositorOrganisationId,
            long granteeOrganisationId,
            String grantedBy) {
        this.courtCase = courtCase;
        this.granteeOrganisationId = granteeOrganisationId;
        this.depositId = depositId;
        this.basis = basis;
        this.reference = reference;
        this.depositorOrganisationId = depositorOrganisationId;
        this.grantedBy = grantedBy;
        this.grantedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    @Nullable
    CourtCase getCourtCase() {
        return courtCase;
    }

    Long getGranteeOrganisationId() {
        return granteeOrganisationId;
    }

    UUID getDepositId() {
        return depositId;
    }

    GrantBasis getBasis() {
        return basis;
    }

    @Nullable
    String getReference() {
        return reference;
    }

    @Nullable
    Long getDepositorOrganisationId() {
        return depositorOrganisationId;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    void revoke(String by) {
        this.revokedBy = by;
        this.revokedAt = Instant.now();
    }

    Grant view() {
        CourtCase c = courtCase;
        return new Grant(
                id,
                c == null ? null : c.getId(),
                c == null ? null : c.getCaseNumber(),
                c == null ? null : c.getCourtName(),
                depositId,
                basis,
                reference,
                depositorOrganisationId,
                granteeOrganisationId,
                grantedBy,
                grantedAt,
                revokedBy,
                revokedAt);
    }
}
