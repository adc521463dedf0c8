package org.seedprint.matcher.engine;

import java.util.List;
import org.seedprint.matcher.profile.Profile;

/**
 * Allele sharing for mixtures: the Jaccard index |A n B| / |A u B| of the two allele sets at each
 * locus called in both, averaged over those loci. Equal sets score 1; a seed lot {A,B} against
 * the pure line {A} scores 0.5 where similarity counts 0. Computed from the allele strings, so
 * it works across dictionaries; only for reported hits.
 */
public final class AlleleSharing {

    private AlleleSharing() {}

    public static double mean(Profile a, Profile b) {
        double sum = 0;
        int compared = 0;
        for (int l = 0, m = a.locusCount(); l < m; l++) {
            if (!a.isCalled(l) || !b.isCalled(l)) continue;
            compared++;
            sum += jaccard(a.alleles(l), b.alleles(l));
        }
        return compared == 0 ? 0 : sum / compared;
    }

    /** Jaccard index of two sorted, duplicate-free lists. */
    static double jaccard(List<String> x, List<String> y) {
        int i = 0, j = 0, common = 0;
        while (i < x.size() && j < y.size()) {
            int c = x.get(i).compareTo(y.get(j));
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (x.size() + y.size() - common);
    }
}
