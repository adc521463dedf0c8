package org.seedprint.matcher.engine;

import java.util.List;

/**
 * A candidate against two claimed parents, locus by locus under a {@link PedigreeRule}.
 *
 * @param explained   loci called in all three where the parents explain the candidate
 * @param unexplained loci called in all three where they do not (listed in {@code unexplainedLoci})
 * @param notCompared loci missing in the candidate or in either parent
 */
public record PedigreeCheck(
        String candidate,
        String firstParent,
        String secondParent,
        PedigreeRule rule,
        int explained,
        int unexplained,
        int notCompared,
        List<UnexplainedLocus> unexplainedLoci) {

    /** explained / (explained + unexplained); 0 when nothing was compared. */
    public double explainedShare() {
        int compared = explained + unexplained;
        return compared == 0 ? 0 : (double) explained / compared;
    }

    /** A locus the parents do not explain, with the three genotypes as sorted allele strings. */
    public record UnexplainedLocus(
            int index, String locusId, List<String> candidate, List<String> firstParent, List<String> secondParent) {}
}
