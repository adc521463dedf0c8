package org.seedprint.registry.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's parentage as the registry answers and stores it: the claimed-pedigree check of a
 * candidate against two library profiles, and the parent search's ranked pairs (the registry's
 * types of the matcher's {@code PedigreeCheck} and {@code ParentSearch}, so the matcher can change).
 *
 * <p>Rules ({@code rule}): {@code alleles}: a locus is explained when every allele of the candidate
 * is in one parent or the other; {@code f1}: the candidate is one allele of the first parent with
 * one of the second (for two inbreds: exactly the union of their alleles). A locus missing in the
 * candidate or in either parent is not compared.
 */
public final class Parentage {

    private Parentage() {}

    /** A library profile as a parent, with the variety it belongs to. */
    public record Parent(
            long profileId,
            @Nullable Long varietyId,
            @Nullable String denomination) {}

    /** A locus the parents do not explain, with the three genotypes ({@code []} = missing). */
    public record UnexplainedLocus(
            int index, String locusId, List<String> candidate, List<String> first, List<String> second) {}

    /**
     * The check of a candidate against two parents (the same profile twice for one claimed parent).
     *
     * @param explainedShare explained / (explained + unexplained); 0 when nothing was compared
     */
    public record Check(
            String rule,
            Parent first,
            Parent second,
            int explained,
            int unexplained,
            int notCompared,
            double explainedShare,
            List<UnexplainedLocus> unexplainedLoci) {}

    /** A pair of library lines as the candidate's parents, ranked (1 = explains it best). */
    public record Pair(
            int rank,
            Parent first,
            Parent second,
            int explained,
            int unexplained,
            int notCompared,
            double explainedShare) {}

    /**
     * What the parent search found.
     *
     * @param lines library lines whose genotype is contained in the candidate's at nearly every locus
     * @param pairs the best-explaining pairs of them, best first
     */
    public record Search(String rule, int lines, List<Pair> pairs) {}
}
