package org.seedprint.registry.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A court's case: the deposits and varieties in dispute, and the grants it holds. */
@Entity
@Table(name = "court_case")
class CourtCase {

    @Embeddable
    record AttachedDeposit(
            @Column(name = "deposit_id") UUID depositId,
            @Column(name = "attached_by") String attachedBy,
            @Column(name = "attached_at") Instant attachedAt) {}

    @Embeddable
    record AttachedVariety(
            @Column(name = "variety_id") Long varietyId,
            @Column(name = "attached_by") String attachedBy,
            @Column(name = "attached_at") Instant attachedAt) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "court_organisation_id", nullable = false)
    private Long courtOrganisationId;

    @Column(name = "court_name", nullable = false)
    private String courtName;

    @Column(name = "case_number", nullable = false, length = 128)
    private String caseNumber;

    @Column(nullable = false)
    private String parties;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @ElementCollection
    @CollectionTable(name = "case_deposit", joinColumns = @JoinColumn(name = "case_id"))
    private Set<AttachedDeposit> deposits = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_variety", joinColumns = @JoinColumn(name = "case_id"))
    private Set<AttachedVariety> varieties = new HashSet<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected CourtCase() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    CourtCase(long courtOrganisationId, String courtName, String caseNumber, String parties, String openedBy) {
        this.courtOrganisationId = courtOrganisationId;
        this.courtName = courtName;
        this.caseNumber = caseNumber;
        this.parties = parties;
        this.openedBy = openedBy;
        this.openedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    Long getCourtOrganisationId() {
        return courtOrganisationId;
    }

    String getCourtName() {
        return courtName;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    String getParties() {
        return parties;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Set<AttachedDeposit> getDeposits() {
        return Set.copyOf(deposits);
    }

    Set<AttachedVariety> getVarieties() {
        return Set.copyOf(varieties);
    }

    boolean hasDeposit(UUID depositId) {
        return deposits.stream().anyMatch(d -> d.depositId().equals(depositId));
    }

    /** True when newly attached. */
    boolean attachDeposit(UUID depositId, String by) {
        if (hasDeposit(depositId)) return false;
        return deposits.add(new AttachedDeposit(depositId, by, Instant.now()));
    }

    boolean attachVariety(long varietyId, String by) {
        if (varieties.stream().anyMatch(v -> v.varietyId() == varietyId)) return false;
        return varieties.add(new AttachedVariety(varietyId, by, Instant.now()));
    }

    CaseView view() {
        return new CaseView(
                id,
                courtOrganisationId,
                courtName,
                caseNumber,
                parties,
                openedBy,
                openedAt,
                deposits.stream().map(AttachedDeposit::depositId).sorted().toList(),
                varieties.stream().map(AttachedVariety::varietyId).sorted().toList());
    }
}
