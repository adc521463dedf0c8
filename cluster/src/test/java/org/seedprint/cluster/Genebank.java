package org.seedprint.cluster;

import java.util.SplittableRandom;
import org.seedprint.benchmarks.SyntheticLibrary;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;

/**
 * A synthetic genebank for the comparison tests: the benchmarks' breeding-like library (founder
 * mosaics, EDVs, near-copies), plus exact duplicates under ids that sort before the originals
 * (ties that only the id breaks) and sparse copies with most loci missing (inconclusive pairs).
 */
final class Genebank {

    private Genebank() {}

    static Library of(int n, int m, int duplicates, int sparse, long seed) {
        Library base = SyntheticLibrary.generate(n - duplicates - sparse, m, seed);
        SplittableRandom rnd = new SplittableRandom(seed + 1);
        CodeMatrix.Builder codes = CodeMatrix.builderWithBits(base.codes().bits(), n, m);
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            int of = i < base.size() ? i : rnd.nextInt(base.size());
            int k = i - base.size();
            ids[i] = k < 0
                    ? base.id(i)
                    : k < duplicates ? "A-dup" + k + "-of-" + base.id(of) : "S-sparse" + k + "-of-" + base.id(of);
            boolean sparseCopy = k >= duplicates;
            for (int l = 0; l < m; l++) {
                int code = base.code(of, l);
                if (code != 0 && !(sparseCopy && rnd.nextDouble() < 0.6)) codes.set(i, l, code);
            }
        }
        return Library.of(base.panel(), base.dictionary(), ids, codes.build());
    }
}
