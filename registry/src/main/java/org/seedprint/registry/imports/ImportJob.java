package org.seedprint.registry.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One bulk import: its source digest, where it stands, and what it added. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public enum Status {
        QUEUED,
        VALIDATING,
        WRITING,
        SUCCEEDED,
        REJECTED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_sha256", nullable = false, length = 64)
    private String sourceSha256;

    @Column(name = "crop_code", nullable = false, length = 32)
    private String cropCode;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    private @Nullable String phase;

    @Column(name = "progress_done", nullable = false)
    private long progressDone;

    @Column(name = "progress_total", nullable = false)
    private long progressTotal;

    @Column(name = "varieties_added", nullable = false)
    private int varietiesAdded;

    @Column(name = "profiles_added", nullable = false)
    private int profilesAdded;

    private @Nullable String message;

    @Column(name = "created_by")
    private @Nullable String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Version
    private long version;

    /** What the import refused, in the order found; written once, when the job is rejected. */
    @ElementCollection
    @CollectionTable(name = "import_rejection", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    private List<Rejection> rejections = new ArrayList<>();

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected ImportJob() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    ImportJob(String sourceSha256, String cropCode, String description, @Nullable String createdBy) {
        this.sourceSha256 = sourceSha256;
        this.cropCode = cropCode;
        this.description = description;
        this.createdBy = createdBy;
        this.status = Status.QUEUED;
        this.createdAt = Instant.now();
    }

    void progress(Status status, String phase, long done, long total) {
        this.status = status;
        this.phase = phase;
        this.progressDone = done;
        this.progressTotal = total;
    }

    void finish(Status status, String message, int varieties, int profiles) {
        this.status = status;
        this.message = message;
        this.varietiesAdded = varieties;
        this.profilesAdded = profiles;
        this.finishedAt = Instant.now();
    }

    void reject(List<Rejection> found, String message) {
        rejections.addAll(found);
        finish(Status.REJECTED, message, 0, 0);
    }

    List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public Long getId() {
        return id;
    }

    public String getSourceSha256() {
        return sourceSha256;
    }

    public String getCropCode() {
        return cropCode;
    }

    public String getDescription() {
        return description;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable String getPhase() {
        return phase;
    }

    public long getProgressDone() {
        return progressDone;
    }

    public long getProgressTotal() {
        return progressTotal;
    }

    public int getVarietiesAdded() {
        return varietiesAdded;
    }

    public int getProfilesAdded() {
        return profilesAdded;
    }

    public @Nullable String getMessage() {
        return message;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }
}
