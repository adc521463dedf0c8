package org.seedprint.matcher.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.profile.CodeMatrix;

/**
 * Every kernel against a plain per-code count, for every layout, on rows of 1..4,100 codes at
 * many word offsets (as Lucene's TestVectorUtilSupport does for its vector kernels), with
 * non-zero words around each row that a kernel must not read.
 */
class KernelTest {

    private static final int[] WIDTHS = {2, 4, 8, 16};

    static List<Integer> sizes() {
        List<Integer> sizes = new ArrayList<>();
        for (int s = 1; s <= 300; s++) sizes.add(s);
        for (int s = 301; s <= 4100; s += 53) sizes.add(s);
        sizes.addAll(List.of(1023, 1024, 1025, 2047, 2048, 2049, 4095, 4096, 4097, 4100));
        return sizes;
    }

    @Test
    void everyKernelCountsAsThePlainLoopAtEverySizeOffsetAndWidth() {
        Random rnd = new Random(4100);
        List<Kernel> kernels = EnginePropertyTest.kernels();
        for (int bits : WIDTHS) {
            long high = CodeMatrix.highBits(bits);
            int max = Math.min((1 << bits) - 1, 300);
            for (int size : sizes()) {
                int words = CodeMatrix.wordsPerRow(bits, size);
                int[] a = codes(rnd, size, max), b = codes(rnd, size, max);
                boolean[] unseen = new boolean[size];
                for (int l = 0; l < size; l++) unseen[l] = a[l] != 0 && rnd.nextInt(12) == 0;
                int aOff = rnd.nextInt(4), bOff = rnd.nextInt(4);
                long[] aw = packed(rnd, a, null, bits, aOff), bw = packed(rnd, b, null, bits, bOff);
                long[] qw = packed(rnd, a, unseen, bits, aOff), called = calledMask(rnd, a, bits, aOff);
                long rows = 0, query = 0;
                for (int l = 0; l < size; l++) {
                    if (a[l] != 0 && b[l] != 0) {
                        rows += (1L << 32) + (a[l] == b[l] ? 1 : 0);
                        query += (1L << 32) + (a[l] == b[l] && !unseen[l] ? 1 : 0);
                    }
                }
                String where = bits + " bits, " + size + " codes, offsets " + aOff + "/" + bOff;
                for (Kernel k : kernels) {
                    assertEquals(rows, k.countRows(aw, aOff, bw, bOff, words, high), k.name() + " rows, " + where);
                    assertEquals(
                            query, k.count(qw, called, aOff, bw, bOff, words, high), k.name() + " query, " + where);
                }
            }
        }
    }

    private static int[] codes(Random rnd, int size, int max) {
        int[] c = new int[size];
        for (int l = 0; l < size; l++)
            c[l] = rnd.nextInt(5) == 0 ? 0 : 1 + rnd.nextInt(Math.min(max, 1 + rnd.nextInt(4)));
        return c;
    }

    /** The codes (0 where unseen) in words from {@code off}, with random words before and after. */
    private static long[] packed(Random rnd, int[] codes, boolean @Nullable [] unseen, int bits, int off) {
        int words = CodeMatrix.wordsPerRow(bits, codes.length), lanes = 64 / bits;
        long[] w = new long[off + words + 3];
        for (int x = 0; x < w.length; x++) w[x] = rnd.nextLong();
        for (int p = 0; p < words; p++) w[off + p] = 0;
        for (int l = 0; l < codes.length; l++) {
            int c = unseen != null && unseen[l] ? 0 : codes[l];
            w[off + l / lanes] |= (long) c << ((l % lanes) * bits);
        }
        return w;
    }

    private static long[] calledMask(Random rnd, int[] codes, int bits, int off) {
        int words = CodeMatrix.wordsPerRow(bits, codes.length), lanes = 64 / bits;
        long[] w = new long[off + words + 3];
        for (int x = 0; x < w.length; x++) w[x] = rnd.nextLong();
        for (int p = 0; p < words; p++) w[off + p] = 0;
        for (int l = 0; l < codes.length; l++)
            if (codes[l] != 0) w[off + l / lanes] |= 1L << ((l % lanes) * bits + bits - 1);
        return w;
    }
}
