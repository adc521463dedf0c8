package org.seedprint.registry.varieties;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A species with its UPOV code, names and the administrator-set classification thresholds. */
@Entity
@Table(name = "crop")
public class Crop {

    @Id
    @Column(name = "upov_code", length = 32)
    private String upovCode;

    @Column(name = "latin_name", nullable = false)
    private String latinName;

    @Column(name = "chinese_name", nullable = false)
    private String chineseName;

    @Column(name = "english_name", nullable = false)
    private String englishName;

    /** Indistinct when differing loci <= this. */
    @Column(name = "max_differing_indistinct", nullable = false)
    private int maxDifferingIndistinct;

    /** EDV candidate when similarity >= this. */
    @Column(name = "edv_similarity", nullable = false, precision = 5, scale = 4)
    private BigDecimal edvSimilarity;

    /** Inconclusive when fewer than this share of the panel's loci are compared. */
    @Column(name = "min_compared_fraction", nullable = false, precision = 5, scale = 4)
    private BigDecimal minComparedFraction;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected Crop() {}

    public Crop(
            String upovCode,
            String latinName,
            String chineseName,
            String englishName,
            int maxDifferingIndistinct,
            BigDecimal edvSimilarity,
            BigDecimal minComparedFraction) {
        this.upovCode = upovCode;
        this.latinName = latinName;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.maxDifferingIndistinct = maxDifferingIndistinct;
        this.edvSimilarity = edvSimilarity;
        this.minComparedFraction = minComparedFraction;
    }

    /** Administrator change; results already stored keep the thresholds they were classed with. */
    public void setThresholds(int maxDifferingIndistinct, BigDecimal edvSimilarity, BigDecimal minComparedFraction) {
        this.maxDifferingIndistinct = maxDifferingIndistinct;
        this.edvSimilarity = edvSimilarity;
        this.minComparedFraction = minComparedFraction;
    }

    public String getUpovCode() {
        return upovCode;
    }

    public String getLatinName() {
        return latinName;
    }

    public String getChineseName() {
        return chineseName;
    }

    public String getEnglishName() {
        return englishName;
    }

    public int getMaxDifferingIndistinct() {
        return maxDifferingIndistinct;
    }

    public BigDecimal getEdvSimilarity() {
        return edvSimilarity;
    }

    public BigDecimal getMinComparedFraction() {
        return minComparedFraction;
    }

    public long getVersion() {
        return version;
    }
}
