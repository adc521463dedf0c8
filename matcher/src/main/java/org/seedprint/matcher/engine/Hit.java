package org.seedprint.matcher.engine;

/**
 * One library profile found for a query.
 *
 * @param index          position in the library
 * @param id             its sample id
 * @param counts         compared and identical loci
 * @param alleleSharing  mean Jaccard index of the allele sets over compared loci (1 for identical
 *                       sets; partial credit for mixtures sharing some alleles); 0 when none compared
 * @param classification under the thresholds of the search
 */
public record Hit(int index, String id, Comparison counts, double alleleSharing, Classification classification) {

    public double similarity() {
        return counts.similarity();
    }
}
