package org.seedprint.matcher.profile;

import org.jspecify.annotations.Nullable;

/**
 * Where readers deliver locus genotypes, one call at a time, in any sample and locus order.
 * The library builder (compact profiles) and the TSV writer (the {@code call} command) both
 * implement it, so each reader is written once.
 */
public interface GenotypeSink {

    /**
     * One sample's genotype at one panel locus.
     *
     * @param sample      sample id as written in the input
     * @param locusIndex  index in the panel
     * @param alleles     the haplotype alleles seen (any order, no duplicates); empty = missing
     * @param depths      read depth per allele, parallel to {@code alleles}, or null when unknown
     */
    void accept(String sample, int locusIndex, String[] alleles, int @Nullable [] depths);

    /**
     * One locus for many samples at once, as site-major readers (VCF, HapMap) have it:
     * {@code samples[s]} has the genotype {@code genotypes[which[s]]} (an empty array is missing), no
     * depths. Readers pass the same {@code samples} array for every locus of a file, so a sink can
     * resolve the ids once. The default hands each call to {@link #accept}.
     */
    default void acceptLocus(String[] samples, int locusIndex, String[][] genotypes, int[] which) {
        for (int s = 0; s < samples.length; s++) accept(samples[s], locusIndex, genotypes[which[s]], null);
    }
}
