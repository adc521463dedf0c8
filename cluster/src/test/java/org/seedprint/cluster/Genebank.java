package org.seedprint.cluster;

import java.util.SplittableRandom;
import org.seedprint.benchmarks.SyntheticLibrary;
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
        byte[] codes = new byte[n * m];
        System.arraycopy(base.narrowMatrix(), 0, codes, 0, base.size() * m);
        String[] ids = new String[n];
        for (int i = 0; i < base.size(); i++) ids[i] = base.id(i);
        for (int k = 0; k < duplicates + sparse; k++) {
            int row = base.size() + k, of = rnd.nextInt(base.size());
            System.arraycopy(codes, of * m, codes, row * m, m);
            if (k < duplicates) {
                ids[row] = "A-dup" + k + "-of-" + base.id(of);
            } else {
                ids[row] = "S-sparse" + k + "-of-" + base.id(of);
                for (int l = 0; l < m; l++) if (rnd.nextDouble() < 0.6) codes[row * m + l] = 0;
            }
        }
        return Library.of(base.panel(), base.dictionary(), ids, codes, null, null, null, null, null);
    }
}
