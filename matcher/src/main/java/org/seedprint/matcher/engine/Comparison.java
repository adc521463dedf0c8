package org.seedprint.matcher.engine;

/**
 * Counts of one pair of profiles.
 *
 * @param compared  loci called in both
 * @param identical compared loci where the allele sets are equal
 */
public record Comparison(int compared, int identical) {

    public Comparison {
        if (compared < 0 || identical < 0 || identical > compared) {
            throw new IllegalArgumentException("bad counts: compared " + compared + ", identical " + identical);
        }
    }

    public int differing() {
        return compared - identical;
    }

    /** identical / compared; 0 when nothing was compared. */
    public double similarity() {
        return compared == 0 ? 0.0 : (double) identical / compared;
    }
}
