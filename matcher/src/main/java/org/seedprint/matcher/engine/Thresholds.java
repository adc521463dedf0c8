package org.seedprint.matcher.engine;

/**
 * Classification thresholds of one crop and panel (see {@link CropDefaults} for defaults).
 *
 * @param maxDifferingIndistinct d: at most this many differing loci is {@link Classification#INDISTINCT}
 * @param edvSimilarity          t_edv: similarity at or above is {@link Classification#EDV_CANDIDATE}
 * @param minComparedFraction    below this share of the panel's loci compared, {@link Classification#INCONCLUSIVE}
 */
public record Thresholds(int maxDifferingIndistinct, double edvSimilarity, double minComparedFraction) {

    public Thresholds {
        if (maxDifferingIndistinct < 0)
            throw new IllegalArgumentException("d must be >= 0, got " + maxDifferingIndistinct);
        if (!(edvSimilarity >= 0 && edvSimilarity <= 1))
            throw new IllegalArgumentException("t_edv must be in [0,1], got " + edvSimilarity);
        if (!(minComparedFraction >= 0 && minComparedFraction <= 1)) {
            throw new IllegalArgumentException("min-compared must be in [0,1], got " + minComparedFraction);
        }
    }

    /** Least number of compared loci for a conclusive result on a panel of this size. */
    public int minCompared(int panelSize) {
        return (int) Math.ceil(minComparedFraction * panelSize - 1e-9);
    }

    /** Inconclusive first, then indistinct, then EDV candidate, else distinct. */
    public Classification classify(Comparison c, int panelSize) {
        return classify(c.compared(), c.identical(), panelSize);
    }

    /** {@link #classify(Comparison, int)} on bare counts, for the engine's sinks (no object per pair). */
    public Classification classify(int compared, int identical, int panelSize) {
        if (compared < minCompared(panelSize)) return Classification.INCONCLUSIVE;
        if (compared - identical <= maxDifferingIndistinct) return Classification.INDISTINCT;
        double similarity = compared == 0 ? 0.0 : (double) identical / compared;
        if (similarity >= edvSimilarity) return Classification.EDV_CANDIDATE;
        return Classification.DISTINCT;
    }
}
