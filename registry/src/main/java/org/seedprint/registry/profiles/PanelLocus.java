package org.seedprint.registry.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One locus of a stored panel (BED coordinates: 0-based, half-open). */
@Embeddable
public record PanelLocus(
        @Column(name = "locus_id", nullable = false) String locusId,
        @Column(name = "chrom", nullable = false) String chrom,
        @Column(name = "start_pos", nullable = false) int startPos,
        @Column(name = "end_pos", nullable = false) int endPos) {}
