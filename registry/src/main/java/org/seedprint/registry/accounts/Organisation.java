package org.seedprint.registry.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A breeder company, research institute, court or authority: owner of varieties, home of users. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public enum Kind {
        BREEDER,
        INSTITUTE,
        GENEBANK,
        COURT,
        AUTHORITY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Short stable code, e.g. "CAAS-ICS"; unique. */
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name_latin", nullable = false)
    private String nameLatin;

    @Column(name = "name_chinese")
    private @Nullable String nameChinese;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    /** ISO 3166-1 alpha-3, as in MCPD. */
    @Column(name = "country_code", length = 3)
    private @Nullable String countryCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected Organisation() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    public Organisation(
            String code, String nameLatin, @Nullable String nameChinese, Kind kind, @Nullable String countryCode) {
        this.code = code;
        this.nameLatin = nameLatin;
        this.nameChinese = nameChinese;
        this.kind = kind;
        this.countryCode = countryCode;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public @Nullable String getNameChinese() {
        return nameChinese;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable String getCountryCode() {
        return countryCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
