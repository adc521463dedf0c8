package org.seedprint.registry.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A physical seed sample of a variety: what a lab genotyped and a store keeps. */
@Entity
@Table(name = "sample")
public class Sample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "variety_id", nullable = false)
    private Long varietyId;

    @Column(nullable = false, unique = true)
    private String barcode;

    @Column(name = "seed_lot")
    private @Nullable String seedLot;

    @Column(name = "storage_place")
    private @Nullable String storagePlace;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected Sample() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    public Sample(long varietyId, String barcode, @Nullable String seedLot, @Nullable String storagePlace) {
        this.varietyId = varietyId;
        this.barcode = barcode;
        this.seedLot = seedLot;
        this.storagePlace = storagePlace;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getVarietyId() {
        return varietyId;
    }

    public String getBarcode() {
        return barcode;
    }

    public @Nullable String getSeedLot() {
        return seedLot;
    }

    public @Nullable String getStoragePlace() {
        return storagePlace;
    }
}
