package org.seedprint.matcher.engine;

import org.seedprint.matcher.profile.AlleleDictionary;

/**
 * Per-locus tables over genotype codes, built once per library: each code's alleles as a bitmask
 * over the locus's allele ids ({@link #words} longs per mask). Allele sharing and the parent search
 * read them instead of allele strings.
 *
 * <p>Sharing is summed in fixed point: a locus contributes {@code inter * (scale / union)}, with
 * {@code scale} = lcm(1..U) for the largest U such that {@code scale * loci < 2^53}, so the mean
 * {@code sum / (scale * compared)} is the exact fraction rounded once, whatever the order of the loci
 * (U = 30 on 1,000 loci; a union of more alleles, never seen in practice, takes {@code floor(scale/union)}).
 */
final class AlleleSets {

    final int words;
    final long scale;
    private final long[] masks;
    private final int[] offset;
    private final long[] weight;

    AlleleSets(AlleleDictionary dict) {
        int m = dict.locusCount();
        this.words = Math.max(1, (dict.maxAlleleCount() + 63) >>> 6);
        this.offset = new int[m + 1];
        for (int l = 0; l < m; l++) offset[l + 1] = offset[l] + dict.genotypeCount(l) + 1;
        this.masks = new long[offset[m] * words];
        for (int l = 0; l < m; l++) {
            for (int c = 1, g = dict.genotypeCount(l); c <= g; c++) {
                for (int id : dict.alleleIds(l, c)) masks[(offset[l] + c) * words + (id >>> 6)] |= 1L << id;
            }
        }
        long s = 1;
        for (int u = 2; ; u++) {
            long next = s / gcd(s, u) * u;
            if (next > (1L << 53) / Math.max(1, m)) break;
            s = next;
        }
        this.scale = s;
        this.weight = new long[65];
        for (int u = 1; u < weight.length; u++) weight[u] = s / u;
    }

    /** Where code {@code c}'s mask at locus {@code l} starts in {@link #masks}. */
    int at(int l, int c) {
        return (offset[l] + c) * words;
    }

    long[] masks() {
        return masks;
    }

    long weight(int union) {
        return union < weight.length ? weight[union] : scale / union;
    }

    /** Fixed-point Jaccard index of two library genotypes at a locus. */
    long share(int l, int a, int b) {
        int x = at(l, a), y = at(l, b);
        int inter = 0, union = 0;
        for (int w = 0; w < words; w++) {
            inter += Long.bitCount(masks[x + w] & masks[y + w]);
            union += Long.bitCount(masks[x + w] | masks[y + w]);
        }
        return inter == 0 ? 0 : inter * weight(union);
    }

    /** Fixed-point Jaccard index of a query genotype (mask, plus alleles the library lacks) and a library genotype. */
    long share(long[] q, int qAt, int unknown, int l, int b) {
        int y = at(l, b);
        int inter = 0, union = unknown;
        for (int w = 0; w < words; w++) {
            inter += Long.bitCount(q[qAt + w] & masks[y + w]);
            union += Long.bitCount(q[qAt + w] | masks[y + w]);
        }
        return inter == 0 ? 0 : inter * weight(union);
    }

    /** The mean: identical loci count {@code scale} each, differing ones their sum. */
    double mean(int compared, int identical, long differingSum) {
        return compared == 0 ? 0.0 : (double) (identical * scale + differingSum) / ((double) scale * compared);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
