package org.seedprint.matcher.engine;

import org.jspecify.annotations.Nullable;

/**
 * One pair's place in the best-first order as a single non-negative long, so that sorting the longs
 * sorts the pairs: {@link BestFirst}'s primary key (exact similarity descending, then compared loci
 * descending) in the high bits, then the first's id rank, then the second's. The key is also the
 * pair itself: compared and identical come back out of the primary key (the similarity key
 * {@code floor(identical * 2^S / compared)} with {@code compared < 2^S} has exactly one identical
 * count), and the rows from the ranks.
 *
 * @param loci    the panel's loci (most compared)
 * @param cBits   bits of the compared count
 * @param s       S, the similarity key's fraction bits ({@code 2 * cBits + 1}, as in BestFirst)
 * @param aBits   bits of the first's rank
 * @param bBits   bits of the second's rank
 */
record PairKeys(int loci, int cBits, int s, int aBits, int bBits) {

    /** The layout for these sizes, or null when it needs more than 63 bits. */
    static @Nullable PairKeys of(int loci, int firstRows, int secondRows) {
        int cBits = bitsOf(loci), s = 2 * cBits + 1;
        int aBits = bitsOf(Math.max(0, firstRows - 1)), bBits = bitsOf(Math.max(0, secondRows - 1));
        return s + 1 + cBits + aBits + bBits <= 63 ? new PairKeys(loci, cBits, s, aBits, bBits) : null;
    }

    /** Bits a key uses. */
    int bits() {
        return s + 1 + cBits + aBits + bBits;
    }

    long key(int compared, int identical, int firstRank, int secondRank) {
        long sim = ((long) identical << s) / Math.max(compared, 1);
        long primary = ((1L << s) - sim) << cBits | (loci - compared);
        return (primary << aBits | firstRank) << bBits | secondRank;
    }

    int compared(long key) {
        return loci - (int) ((key >>> (aBits + bBits)) & ((1L << cBits) - 1));
    }

    /** The identical count, given the key's compared count. */
    int identical(long key, int compared) {
        long sim = (1L << s) - (key >>> (aBits + bBits + cBits));
        return (int) ((sim * compared + (1L << s) - 1) >>> s);
    }

    int firstRank(long key) {
        return (int) ((key >>> bBits) & ((1L << aBits) - 1));
    }

    int secondRank(long key) {
        return (int) (key & ((1L << bBits) - 1));
    }

    private static int bitsOf(long max) {
        return 64 - Long.numberOfLeadingZeros(max);
    }
}
