package org.seedprint.registry.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One sample's genotypes over one panel, as codes of the panel's genotype dictionary
 * ({@link GenotypeCodes}), with where they came from and their quality figures.
 */
@Entity
@Table(name = "profile")
public class StoredProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sample_id", nullable = false)
    private Long sampleId;

    @Column(name = "panel_id", nullable = false)
    private Long panelId;

    @Column(nullable = false)
    private byte[] genotypes;

    private @Nullable String lab;

    private @Nullable String method;

    @Column(name = "assayed_on")
    private @Nullable LocalDate assayedOn;

    @Column(name = "source_sha256", nullable = false, length = 64)
    private String sourceSha256;

    @Column(name = "call_rate", nullable = false, precision = 6, scale = 5)
    private BigDecimal callRate;

    @Column(name = "mean_depth", precision = 12, scale = 3)
    private @Nullable BigDecimal meanDepth;

    @Column(name = "multi_allelic_rate", nullable = false, precision = 6, scale = 5)
    private BigDecimal multiAllelicRate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected StoredProfile() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    StoredProfile(
            long sampleId,
            long panelId,
            byte[] genotypes,
            Provenance provenance,
            BigDecimal callRate,
            @Nullable BigDecimal meanDepth,
            BigDecimal multiAllelicRate) {
        this.sampleId = sampleId;
        this.panelId = panelId;
        this.genotypes = genotypes.clone();
        this.lab = provenance.lab();
        this.method = provenance.method();
        this.assayedOn = provenance.assayedOn();
        this.sourceSha256 = provenance.sourceSha256();
        this.callRate = callRate;
        this.meanDepth = meanDepth;
        this.multiAllelicRate = multiAllelicRate;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getSampleId() {
        return sampleId;
    }

    public Long getPanelId() {
        return panelId;
    }

    public byte[] getGenotypes() {
        return genotypes.clone();
    }

    public Provenance getProvenance() {
        return new Provenance(lab, method, assayedOn, sourceSha256);
    }

    public BigDecimal getCallRate() {
        return callRate;
    }

    public @Nullable BigDecimal getMeanDepth() {
        return meanDepth;
    }

    public BigDecimal getMultiAllelicRate() {
        return multiAllelicRate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
