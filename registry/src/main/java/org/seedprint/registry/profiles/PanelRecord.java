package org.seedprint.registry.profiles;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

/** A versioned list of loci of one crop, as stored; {@link #toMatcher()} gives the matcher's view. */
@Entity
@Table(name = "marker_panel")
public class PanelRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "crop_code", nullable = false, length = 32)
    private String cropCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "panel_version", nullable = false)
    private String panelVersion;

    @Column(name = "locus_count", nullable = false)
    private int locusCount;

    @ElementCollection
    @CollectionTable(name = "panel_locus", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "locus_index")
    private List<PanelLocus> loci = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected PanelRecord() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    PanelRecord(String cropCode, MarkerPanel panel) {
        this.cropCode = cropCode;
        this.name = panel.name();
        this.panelVersion = panel.version();
        this.locusCount = panel.size();
        panel.loci().forEach(l -> loci.add(new PanelLocus(l.id(), l.chrom(), l.start(), l.end())));
        this.createdAt = Instant.now();
    }

    public MarkerPanel toMatcher() {
        return new MarkerPanel(
                name,
                panelVersion,
                loci.stream()
                        .map(l -> new Locus(l.locusId(), l.chrom(), l.startPos(), l.endPos()))
                        .toList());
    }

    public Long getId() {
        return id;
    }

    public String getCropCode() {
        return cropCode;
    }

    public String getName() {
        return name;
    }

    public String getPanelVersion() {
        return panelVersion;
    }

    public int getLocusCount() {
        return locusCount;
    }

    public List<PanelLocus> getLoci() {
        return List.copyOf(loci);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
