package org.seedprint.registry.examination;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.matching.Parentage;

/**
 * The claimed-pedigree check of a screening: the application's claimed parents resolved to
 * profiles of the panel's library and the candidate checked against them locus by locus.
 *
 * @param rule            {@code f1} (derivation HYBRID, or an unstated derivation of a heterozygous
 *                        candidate) or {@code alleles} (every other derivation)
 * @param female          the claimed female parent, or null when none was claimed
 * @param male            the claimed male parent, or null when none was claimed
 * @param result          {@code explained} (every claimed parent found, at least
 *                        {@value #EXPLAINED_SHARE} of the compared loci explained), {@code unexplained}
 *                        (less), or {@code not-compared} (a claimed parent is not in the library, an
 *                        F1 claimed with one parent, or no locus called in all three)
 * @param explained       loci called in the candidate and the parents that the parents explain
 * @param unexplained     such loci that they do not explain (listed in {@code unexplainedLoci})
 * @param notCompared     loci missing in the candidate or in a parent
 * @param explainedShare  explained / (explained + unexplained); 0 when nothing was compared
 * @param unexplainedLoci the unexplained loci with the three genotypes: {@code candidate},
 *                        {@code first} = the female (or the one claimed parent), {@code second} = the male
 */
public record ClaimedPedigree(
        String rule,
        @Nullable ClaimedParent female,
        @Nullable ClaimedParent male,
        String result,
        int explained,
        int unexplained,
        int notCompared,
        double explainedShare,
        List<Parentage.UnexplainedLocus> unexplainedLoci) {

    /** The least share of compared loci the claimed parents must explain. */
    public static final double EXPLAINED_SHARE = 0.97;

    public static final String EXPLAINED = "explained";
    public static final String UNEXPLAINED = "unexplained";
    public static final String NOT_COMPARED = "not-compared";

    /**
     * A claimed parent as the CSV names it (a variety's denomination or id) and what it resolved to.
     *
     * @param notFound why it is not in the library (no such variety, no profile on the panel), or
     *                 null when it was found
     */
    public record ClaimedParent(
            String claimed,
            @Nullable Long varietyId,
            @Nullable String denomination,
            @Nullable Long profileId,
            @Nullable String notFound) {

        public boolean found() {
            return profileId != null;
        }
    }
}
