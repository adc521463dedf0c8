package org.seedprint.registry.examination;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.matching.Parentage;

/**
 * The parent search of a screening, run for a hybrid: derivation {@code HYBRID}, or a candidate
 * heterozygous at {@value #HETEROZYGOUS_SHARE} or more of its called loci with no claimed parents
 * or claimed parents that do not explain it.
 *
 * @param reason      why it ran, in words
 * @param rule        always {@code f1}: one allele from each parent
 * @param lines       library lines whose genotype is contained in the candidate's at 90% or more
 *                    of the loci they share (copies of the candidate, 95% similar, left out)
 * @param pairs       the best-explaining pairs of those lines, best first (rank 1)
 * @param claimedRank the rank of the claimed parent pair among {@code pairs}, or null when it is
 *                    not among them (or no pair was claimed)
 */
public record ParentSearchResult(
        String reason,
        String rule,
        int lines,
        List<Parentage.Pair> pairs,
        @Nullable Integer claimedRank) {

    public static final double HETEROZYGOUS_SHARE = 0.10;

    /** Pairs kept per screening. */
    public static final int PAIRS = 10;
}
