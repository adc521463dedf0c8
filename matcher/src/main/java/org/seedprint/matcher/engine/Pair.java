package org.seedprint.matcher.engine;

import java.util.Comparator;

/**
 * Two library profiles found similar by the all-vs-all search, {@code a < b}.
 *
 * @param alleleSharing mean Jaccard index of the allele sets over compared loci, as in {@link Hit}
 */
public record Pair(
        int a, String idA, int b, String idB, Comparison counts, double alleleSharing, Classification classification) {

    /**
     * The order of {@link Engine#pairs}: higher similarity (exact fractions), then more compared loci,
     * then the first id, then the second; merging block results with it gives the all-vs-all order.
     */
    public static final Comparator<Pair> BEST_FIRST = (x, y) -> {
        int cx = x.counts().compared(), cy = y.counts().compared();
        int c = Long.compare(
                (long) y.counts().identical() * Math.max(cx, 1),
                (long) x.counts().identical() * Math.max(cy, 1));
        if (c != 0) return c;
        if (cx != cy) return cx > cy ? -1 : 1;
        c = x.idA().compareTo(y.idA());
        return c != 0 ? c : x.idB().compareTo(y.idB());
    };

    public double similarity() {
        return counts.similarity();
    }
}
