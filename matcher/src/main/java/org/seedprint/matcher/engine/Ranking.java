package org.seedprint.matcher.engine;

import org.seedprint.matcher.profile.Library;

/**
 * The order of hits: higher similarity, then more compared loci, then sample id. Similarities
 * are compared as exact fractions (identical x compared cross-multiplied, 0/0 taken as 0/1),
 * so ties are real ties and never rounding noise.
 */
final class Ranking {

    private Ranking() {}

    /** Negative when (rowA, cA, iA) ranks before (rowB, cB, iB). */
    static int compare(Library lib, int rowA, int cA, int iA, int rowB, int cB, int iB) {
        int bySimilarity = Long.compare((long) iB * Math.max(cA, 1), (long) iA * Math.max(cB, 1));
        if (bySimilarity != 0) return bySimilarity;
        if (cA != cB) return cA > cB ? -1 : 1;
        return Integer.compare(lib.idRank(rowA), lib.idRank(rowB));
    }
}
