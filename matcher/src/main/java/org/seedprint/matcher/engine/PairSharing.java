package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.CodeMatrix;

/**
 * The fixed-point allele-sharing sum of two library rows over the loci where both are called and
 * differ ({@link AlleleSets#share(int, int, int)} added up), from tables over genotype codes built once
 * per library, so that writing every pair does not pay a mask comparison per differing locus.
 *
 * <p>2-bit rows (at most 3 genotypes per locus: biallelic panels) go word by word: the lanes holding
 * code 1, 2 and 3 are three bit masks on each side, the differing code pairs {1,2}, {1,3}, {2,3} three
 * more, and for each distinct sharing value (one on biallelic panels: 1/2) the loci where each code
 * pair has that value are three precomputed masks, so a word costs one popcount per value. Wider rows look each differing locus up in a
 * per-locus table of {@code (genotypes + 1)^2} values, or, when those tables would be too large,
 * compute it from the allele masks. All three give exactly the same integer sum.
 */
final class PairSharing {

    /** At most this many table entries (8 bytes each) per library. */
    private static final int MAX_TABLE = 1 << 19;

    private static final long LOW = 0x5555_5555_5555_5555L;

    private final AlleleSets sets;
    private final int wpr;
    private final long high;
    private final int laneShift;
    private final long laneMask;

    // 2-bit layout: per word and weight, three masks (code pairs {1,2}, {1,3}, {2,3}): [(word * weights + w) * 3 +
    // pair]
    private final long @Nullable [] termMasks;
    private final long[] weights;

    // wider layouts
    private final long @Nullable [] table;
    private final int[] tableAt;
    private final int[] stride;

    PairSharing(AlleleSets sets, AlleleDictionary dict, CodeMatrix codes) {
        this.sets = sets;
        this.wpr = codes.wordsPerRow();
        this.high = codes.highBits();
        this.laneShift = Integer.numberOfTrailingZeros(codes.bits());
        this.laneMask = (1L << codes.bits()) - 1;
        int m = dict.locusCount();
        if (codes.bits() == 2) {
            // one weight per distinct sharing value; per weight and code pair, the loci where that pair has it
            List<Long> w = new ArrayList<>();
            List<long[][]> masks = new ArrayList<>();
            int[][] pairs = {{1, 2}, {1, 3}, {2, 3}};
            for (int k = 0; k < 3; k++) {
                int x = pairs[k][0], y = pairs[k][1];
                for (int l = 0; l < m; l++) {
                    if (dict.genotypeCount(l) < y) continue;
                    long v = sets.share(l, x, y);
                    if (v == 0) continue;
                    int t = 0;
                    while (t < w.size() && w.get(t).longValue() != v) t++;
                    if (t == w.size()) {
                        w.add(v);
                        masks.add(new long[3][wpr]);
                    }
                    masks.get(t)[k][l >>> 5] |= 1L << ((l & 31) << 1);
                }
            }
            int terms = w.size();
            this.weights = new long[terms];
            this.termMasks = new long[Math.max(1, 3 * wpr * terms)];
            for (int t = 0; t < terms; t++) {
                weights[t] = w.get(t);
                for (int p = 0; p < wpr; p++)
                    for (int k = 0; k < 3; k++) termMasks[(p * terms + t) * 3 + k] = masks.get(t)[k][p];
            }
            this.table = null;
            this.tableAt = new int[0];
            this.stride = new int[0];
            return;
        }
        this.termMasks = null;
        this.weights = new long[0];
        this.stride = new int[m];
        this.tableAt = new int[m];
        long size = 0;
        for (int l = 0; l < m; l++) {
            stride[l] = dict.genotypeCount(l) + 1;
            tableAt[l] = (int) Math.min(size, Integer.MAX_VALUE);
            size += (long) stride[l] * stride[l];
        }
        if (size > MAX_TABLE) {
            this.table = null;
            return;
        }
        long[] t = new long[(int) size];
        for (int l = 0; l < m; l++)
            for (int a = 1; a < stride[l]; a++)
                for (int b = 1; b < stride[l]; b++) if (a != b) t[tableAt[l] + a * stride[l] + b] = sets.share(l, a, b);
        this.table = t;
    }

    /** The sum over rows starting at {@code aw[aBase]} and {@code bw[bBase]}. */
    long sum(long[] aw, int aBase, long[] bw, int bBase) {
        long[] tm = termMasks;
        if (tm == null) return wide(aw, aBase, bw, bBase, table);
        return weights.length == 0 ? 0 : twoBit(tm, aw, aBase, bw, bBase);
    }

    /** The same sum from the allele masks locus by locus, whatever the layout (what the tables must equal). */
    long byMasks(long[] aw, int aBase, long[] bw, int bBase) {
        return wide(aw, aBase, bw, bBase, null);
    }

    private long twoBit(long[] tm, long[] aw, int aBase, long[] bw, int bBase) {
        int terms = weights.length;
        long sum = 0, single = 0;
        for (int p = 0, at = 0; p < wpr; p++) {
            long x = aw[aBase + p], y = bw[bBase + p];
            long xl = x & LOW, xh = (x >>> 1) & LOW, yl = y & LOW, yh = (y >>> 1) & LOW;
            long x1 = xl & ~xh, x2 = xh & ~xl, x3 = xl & xh;
            long y1 = yl & ~yh, y2 = yh & ~yl, y3 = yl & yh;
            long k12 = (x1 & y2) | (x2 & y1), k13 = (x1 & y3) | (x3 & y1), k23 = (x2 & y3) | (x3 & y2);
            // one weight (biallelic panels: 1/2, a homozygote against the heterozygote): a count, multiplied once
            if (terms == 1) {
                single += Long.bitCount((k12 & tm[at]) | (k13 & tm[at + 1]) | (k23 & tm[at + 2]));
                at += 3;
            } else {
                for (int t = 0; t < terms; t++, at += 3)
                    sum += weights[t] * Long.bitCount((k12 & tm[at]) | (k13 & tm[at + 1]) | (k23 & tm[at + 2]));
            }
        }
        return terms == 1 ? weights[0] * single : sum;
    }

    private long wide(long[] aw, int aBase, long[] bw, int bBase, long @Nullable [] t) {
        long sum = 0;
        for (int p = 0; p < wpr; p++) {
            long x = aw[aBase + p], y = bw[bBase + p];
            long differ =
                    ScalarKernel.nonZero(x, high) & ScalarKernel.nonZero(y, high) & ScalarKernel.nonZero(x ^ y, high);
            for (; differ != 0; differ &= differ - 1) {
                int shift = (Long.numberOfTrailingZeros(differ) >>> laneShift) << laneShift;
                int l = (p << (6 - laneShift)) + (shift >>> laneShift);
                int a = (int) ((x >>> shift) & laneMask), b = (int) ((y >>> shift) & laneMask);
                sum += t != null ? t[tableAt[l] + a * stride[l] + b] : sets.share(l, a, b);
            }
        }
        return sum;
    }
}
