package org.seedprint.matcher.panel;

import java.util.Objects;

/** One MNP amplicon: a BED interval, 0-based and half-open, named by its locus id. */
public record Locus(String id, String chrom, int start, int end) {

    public Locus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chrom, "chrom");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("locus " + id + ": need 0 <= start < end, got " + start + "-" + end);
        }
    }

    /** Whether the 0-based position lies inside. */
    public boolean contains(String chromosome, int pos0) {
        return chrom.equals(chromosome) && pos0 >= start && pos0 < end;
    }

    public int length() {
        return end - start;
    }
}
