package org.seedprint.matcher.engine;

/**
 * Two library profiles found similar by the all-vs-all search, {@code a < b}.
 *
 * @param alleleSharing mean Jaccard index of the allele sets over compared loci, as in {@link Hit}
 */
public record Pair(
        int a, String idA, int b, String idB, Comparison counts, double alleleSharing, Classification classification) {

    public double similarity() {
        return counts.similarity();
    }
}
