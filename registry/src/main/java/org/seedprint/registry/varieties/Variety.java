package org.seedprint.registry.varieties;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A plant variety or germplasm accession of one crop, with its names, rights and pedigree. */
@Entity
@Table(name = "variety")
public class Variety {

    public enum Kind {
        AUTHORISED,
        CANDIDATE,
        GERMPLASM_ACCESSION,
        FARMER_VARIETY
    }

    public enum Status {
        APPLIED,
        UNDER_EXAMINATION,
        GRANTED,
        REJECTED,
        WITHDRAWN,
        EXPIRED,
        ACTIVE
    }

    public enum Derivation {
        CROSS,
        BACKCROSS,
        MUTATION,
        SELECTION,
        LANDRACE,
        UNKNOWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "crop_code", nullable = false, length = 32)
    private String cropCode;

    @Column(name = "denomination_latin")
    private @Nullable String denominationLatin;

    @Column(name = "denomination_chinese")
    private @Nullable String denominationChinese;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Status status;

    @Column(name = "owner_organisation_id")
    private @Nullable Long ownerOrganisationId;

    @Column(name = "accession_number")
    private @Nullable String accessionNumber;

    /** Subpopulation or variety group (e.g. maize "nss", rice "japonica"). */
    @Column(name = "population")
    private @Nullable String population;

    @Column(name = "application_number")
    private @Nullable String applicationNumber;

    @Column(name = "application_date")
    private @Nullable LocalDate applicationDate;

    @Column(name = "grant_number")
    private @Nullable String grantNumber;

    @Column(name = "grant_date")
    private @Nullable LocalDate grantDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "derivation_method", length = 16)
    private @Nullable Derivation derivationMethod;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "variety_synonym", joinColumns = @JoinColumn(name = "variety_id"))
    @OrderColumn(name = "position")
    @Column(name = "synonym", nullable = false)
    private List<String> synonyms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "variety_parent", joinColumns = @JoinColumn(name = "variety_id"))
    private Set<Parentage> parents = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected Variety() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    public Variety(String cropCode, Kind kind, Status status) {
        this.cropCode = cropCode;
        this.kind = kind;
        this.status = status;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Copies every editable field from the request; the crop of a variety never changes. */
    void apply(VarietyData d) {
        this.denominationLatin = blankToNull(d.denominationLatin());
        this.denominationChinese = blankToNull(d.denominationChinese());
        // the service has checked both before
        this.kind = Objects.requireNonNull(d.kind(), "kind");
        this.status = Objects.requireNonNull(d.status(), "status");
        this.ownerOrganisationId = d.ownerOrganisationId();
        this.accessionNumber = blankToNull(d.accessionNumber());
        this.population = blankToNull(d.population());
        this.applicationNumber = blankToNull(d.applicationNumber());
        this.applicationDate = d.applicationDate();
        this.grantNumber = blankToNull(d.grantNumber());
        this.grantDate = d.grantDate();
        this.derivationMethod = d.derivationMethod();
        this.synonyms.clear();
        List<String> newSynonyms = d.synonyms();
        if (newSynonyms != null)
            newSynonyms.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(synonyms::add);
        this.parents.clear();
        List<Parentage> newParents = d.parents();
        if (newParents != null) parents.addAll(newParents);
        this.updatedAt = Instant.now();
    }

    /** Only the service's administrator path moves ownership. */
    void transferTo(@Nullable Long ownerOrganisationId) {
        this.ownerOrganisationId = ownerOrganisationId;
        this.updatedAt = Instant.now();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getCropCode() {
        return cropCode;
    }

    public @Nullable String getDenominationLatin() {
        return denominationLatin;
    }

    public @Nullable String getDenominationChinese() {
        return denominationChinese;
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public @Nullable String getAccessionNumber() {
        return accessionNumber;
    }

    public @Nullable String getPopulation() {
        return population;
    }

    public @Nullable String getApplicationNumber() {
        return applicationNumber;
    }

    public @Nullable LocalDate getApplicationDate() {
        return applicationDate;
    }

    public @Nullable String getGrantNumber() {
        return grantNumber;
    }

    public @Nullable LocalDate getGrantDate() {
        return grantDate;
    }

    public @Nullable Derivation getDerivationMethod() {
        return derivationMethod;
    }

    public List<String> getSynonyms() {
        return List.copyOf(synonyms);
    }

    public Set<Parentage> getParents() {
        return Set.copyOf(parents);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The name to show: Latin script first, as UPOV lists do. */
    public String displayName() {
        return denominationLatin != null
                ? denominationLatin
                : Objects.requireNonNull(denominationChinese, "a variety has a denomination in one script");
    }
}
