package org.seedprint.matcher.engine;

import java.util.List;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Profile;

/**
 * A query encoded against the library: its codes in the library's layout (0 where missing or
 * unseen), the mask of called lanes, loci called after each early-stop block, and per locus its
 * alleles as a mask over the library's allele ids plus the number of alleles the library lacks
 * (for allele sharing and the parent search).
 */
final class EncodedQuery {

    final Profile profile;
    /** Library code per locus: {@link AlleleDictionary#MISSING}, a code, or {@link AlleleDictionary#UNSEEN}. */
    final int[] codes;

    final long[] words;
    final long[] called;
    final long[] alleles;
    final int[] unknown;

    EncodedQuery(Profile query, AlleleDictionary dict, CodeMatrix layout, AlleleSets sets) {
        this.profile = query;
        int m = dict.locusCount();
        boolean same = query.dictionary() == dict;
        int bits = layout.bits(), lanes = layout.lanes(), wpr = layout.wordsPerRow();
        long laneMask = (1L << bits) - 1;
        codes = new int[m];
        words = new long[wpr];
        called = new long[wpr];
        alleles = new long[m * sets.words];
        unknown = new int[m];
        for (int l = 0; l < m; l++) {
            List<String> a = query.alleles(l);
            int c = same ? query.code(l) : dict.find(l, a);
            codes[l] = c;
            if (c == AlleleDictionary.MISSING) continue;
            int shift = (l % lanes) * bits;
            called[l / lanes] |= (laneMask & (1L << (bits - 1))) << shift;
            if (c != AlleleDictionary.UNSEEN) words[l / lanes] |= (long) c << shift;
            for (String allele : a) {
                int id = dict.alleleId(l, allele);
                if (id < 0) unknown[l]++;
                else alleles[l * sets.words + (id >>> 6)] |= 1L << id;
            }
        }
    }

    /** Loci called after each block of {@code blockWords} words. */
    int[] suffix(int blockWords, int blocks, int lanes) {
        int[] suffix = new int[blocks];
        int left = 0;
        for (int b = blocks - 1; b >= 0; b--) {
            suffix[b] = left;
            int from = b * blockWords * lanes, to = Math.min(codes.length, from + blockWords * lanes);
            for (int l = from; l < to; l++) if (codes[l] != AlleleDictionary.MISSING) left++;
        }
        return suffix;
    }
}
