package org.seedprint.matcher.engine;

import java.util.List;

/**
 * What the parent search found for a candidate: the library lines that can be its parents (their
 * genotype contained in the candidate's at nearly every locus), best first, and the pairs of them
 * that explain the candidate best, ranked.
 */
public record ParentSearch(String candidate, List<Line> lines, List<ParentPair> pairs) {

    /**
     * How to search.
     *
     * @param rule             when a locus is explained by a pair
     * @param minContainment   least share of compared loci where a line's alleles are all in the candidate's
     * @param maxSimilarity    lines at least this similar to the candidate are copies of it, not parents
     * @param minCompared      least share of the panel's loci compared between a line and the candidate
     * @param maxLines         candidate lines kept (best containment first) for the pair search
     * @param maxPairs         pairs returned
     */
    public record Options(
            PedigreeRule rule,
            double minContainment,
            double maxSimilarity,
            double minCompared,
            int maxLines,
            int maxPairs) {

        public Options {
            if (maxLines < 2 || maxPairs < 1) throw new IllegalArgumentException("need at least 2 lines and 1 pair");
            if (!(minContainment >= 0 && minContainment <= 1) || !(minCompared >= 0 && minCompared <= 1))
                throw new IllegalArgumentException("shares must be in [0,1]");
        }

        /** F1 of two lines: containment 0.9, copies at similarity 0.95, half the panel compared, 50 lines, 10 pairs. */
        public static Options defaults() {
            return new Options(PedigreeRule.F1, 0.9, 0.95, 0.5, 50, 10);
        }
    }

    /**
     * A line whose genotype is contained in the candidate's.
     *
     * @param compared   loci called in both
     * @param contained  compared loci where every allele of the line is in the candidate
     * @param similarity identical / compared, as in a match
     */
    public record Line(int row, String id, int compared, int contained, double similarity) {
        public double containment() {
            return compared == 0 ? 0 : (double) contained / compared;
        }
    }

    /** Two lines as parents, with the counts of {@link PedigreeCheck}. */
    public record ParentPair(
            int first, String firstId, int second, String secondId, int explained, int unexplained, int notCompared) {
        public double explainedShare() {
            int compared = explained + unexplained;
            return compared == 0 ? 0 : (double) explained / compared;
        }
    }
}
