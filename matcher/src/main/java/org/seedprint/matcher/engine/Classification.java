package org.seedprint.matcher.engine;

/** What a comparison means for examination; see {@link Thresholds#classify}. */
public enum Classification {
    /** Too few loci compared to judge: never a silent pass. Checked first. */
    INCONCLUSIVE("inconclusive"),
    /** Differs at no more than d loci: not distinct from the hit. */
    INDISTINCT("indistinct"),
    /** Similarity at or above t_edv: candidate essentially derived variety. */
    EDV_CANDIDATE("edv-candidate"),
    DISTINCT("distinct");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The label used in output (tsv/json). */
    public String label() {
        return label;
    }
}
