package org.seedprint.matcher.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-locus interning of a panel's alleles and genotypes. At each locus an allele (haplotype
 * string) gets a small id, and a genotype (a set of alleles) gets a code: 0 is missing, then
 * 1, 2, ... in order of first appearance. Two profiles encoded with one dictionary have the
 * same genotype at a locus exactly when their codes are equal and non-zero, which is what lets
 * the engine compare bytes instead of sets.
 *
 * <p>Mutable while a library is built, then {@link #freeze() frozen}; a frozen dictionary is
 * read-only and safe to share between threads.
 */
public final class AlleleDictionary {

    /** Code of a missing genotype. */
    public static final int MISSING = 0;
    /** Returned by {@link #find} for a genotype the dictionary has never seen. */
    public static final int UNSEEN = -1;
    /** Highest code: 0xFFFF is kept free so the wide matrix can mark unseen query genotypes. */
    public static final int MAX_CODE = 0xFFFE;

    private final LocusAlleles[] loci;
    private boolean frozen;

    public AlleleDictionary(int locusCount) {
        if (locusCount <= 0) throw new IllegalArgumentException("a panel needs at least one locus");
        loci = new LocusAlleles[locusCount];
        for (int i = 0; i < locusCount; i++) loci[i] = new LocusAlleles();
    }

    public int locusCount() {
        return loci.length;
    }

    /**
     * Code of this allele set at this locus, adding alleles and the set when new. Alleles may
     * come in any order; an empty set is {@link #MISSING}.
     */
    public int encode(int locus, String[] alleles) {
        if (frozen) throw new IllegalStateException("dictionary is frozen");
        LocusAlleles la = at(locus);
        if (alleles.length == 0) return MISSING;
        int[] ids = new int[alleles.length];
        for (int i = 0; i < alleles.length; i++) {
            String a = alleles[i];
            if (a == null || a.isEmpty()) throw new InvalidCallException("alleles", "empty allele at locus " + locus);
            Integer id = la.alleleIds.get(a);
            if (id == null) {
                id = la.alleles.size();
                la.alleleIds.put(a, id);
                la.alleles.add(a);
            }
            ids[i] = id;
        }
        Arrays.sort(ids);
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] == ids[i - 1]) {
                throw new InvalidCallException(
                        "alleles", "allele " + la.alleles.get(ids[i]) + " listed twice at locus " + locus);
            }
        }
        SetKey key = new SetKey(ids);
        Integer code = la.codes.get(key);
        if (code != null) return code;
        if (la.sets.size() >= MAX_CODE) {
            throw new InvalidCallException(
                    "alleles", "more than " + MAX_CODE + " distinct genotypes at locus " + locus);
        }
        la.sets.add(ids);
        la.setAlleles.add(sortedStrings(la, ids));
        code = la.sets.size();
        la.codes.put(key, code);
        return code;
    }

    /** Code of this allele set without adding anything: {@link #MISSING}, a code, or {@link #UNSEEN}. */
    public int find(int locus, List<String> alleles) {
        LocusAlleles la = at(locus);
        if (alleles.isEmpty()) return MISSING;
        int[] ids = new int[alleles.size()];
        for (int i = 0; i < ids.length; i++) {
            Integer id = la.alleleIds.get(alleles.get(i));
            if (id == null) return UNSEEN;
            ids[i] = id;
        }
        Arrays.sort(ids);
        Integer code = la.codes.get(new SetKey(ids));
        return code == null ? UNSEEN : code;
    }

    public int find(int locus, String... alleles) {
        return find(locus, Arrays.asList(alleles));
    }

    /** The alleles of a genotype code, sorted as strings; empty for {@link #MISSING}. */
    public List<String> alleles(int locus, int code) {
        if (code == MISSING) return List.of();
        return at(locus).setAlleles.get(code - 1);
    }

    /** Number of distinct genotypes (codes in use, not counting missing) at a locus. */
    public int genotypeCount(int locus) {
        return at(locus).sets.size();
    }

    /** Number of distinct alleles at a locus. */
    public int alleleCount(int locus) {
        return at(locus).alleles.size();
    }

    /** Id of an allele string at a locus, or -1 when the locus has never seen it. */
    public int alleleId(int locus, String allele) {
        Integer id = at(locus).alleleIds.get(allele);
        return id == null ? -1 : id;
    }

    /** Whether the other dictionary gives every allele and genotype the same id and code as this one. */
    public boolean sameCodes(AlleleDictionary other) {
        if (other.loci.length != loci.length) return false;
        for (int l = 0; l < loci.length; l++) {
            LocusAlleles a = loci[l], b = other.loci[l];
            if (!a.alleles.equals(b.alleles) || a.sets.size() != b.sets.size()) return false;
            for (int c = 0; c < a.sets.size(); c++) if (!Arrays.equals(a.sets.get(c), b.sets.get(c))) return false;
        }
        return true;
    }

    /** Largest number of alleles at any locus. */
    public int maxAlleleCount() {
        int max = 0;
        for (LocusAlleles la : loci) max = Math.max(max, la.alleles.size());
        return max;
    }

    /** Allele string of an allele id at a locus. */
    public String allele(int locus, int alleleId) {
        return at(locus).alleles.get(alleleId);
    }

    /** Allele ids of a genotype code, ascending; empty for missing. Do not modify. */
    public int[] alleleIds(int locus, int code) {
        if (code == MISSING) return new int[0];
        return at(locus).sets.get(code - 1);
    }

    /** The largest {@link #genotypeCount} over all loci: decides byte or short storage. */
    public int maxGenotypeCount() {
        int max = 0;
        for (LocusAlleles la : loci) max = Math.max(max, la.sets.size());
        return max;
    }

    public void freeze() {
        frozen = true;
    }

    public boolean isFrozen() {
        return frozen;
    }

    private LocusAlleles at(int locus) {
        if (locus < 0 || locus >= loci.length) {
            throw new InvalidCallException(
                    "locus", "locus index " + locus + " outside the panel (0.." + (loci.length - 1) + ")");
        }
        return loci[locus];
    }

    private static List<String> sortedStrings(LocusAlleles la, int[] ids) {
        String[] s = new String[ids.length];
        for (int i = 0; i < ids.length; i++) s[i] = la.alleles.get(ids[i]);
        Arrays.sort(s);
        return List.of(s);
    }

    private static final class LocusAlleles {
        final Map<String, Integer> alleleIds = new HashMap<>();
        final List<String> alleles = new ArrayList<>();
        final Map<SetKey, Integer> codes = new HashMap<>();
        final List<int[]> sets = new ArrayList<>();
        final List<List<String>> setAlleles = new ArrayList<>();
    }

    private record SetKey(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SetKey k && Arrays.equals(ids, k.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }
}
