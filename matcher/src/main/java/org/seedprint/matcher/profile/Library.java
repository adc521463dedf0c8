package org.seedprint.matcher.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import org.seedprint.matcher.panel.MarkerPanel;

/**
 * All profiles of one panel, immutable, in flat primitive arrays: genotype codes are one
 * profile-major matrix (row {@code i} = loci {@code i*m .. i*m+m-1}), one byte per locus when
 * every locus has at most {@value #NARROW_MAX_CODE} genotypes, else a short per locus. Sample ids
 * and QC sit in their own arrays, depths (optional) outside the matrix, so a scan touches only
 * the codes.
 */
public final class Library {

    /** Largest code stored in the byte matrix; 0xFF is kept for query genotypes the library lacks. */
    public static final int NARROW_MAX_CODE = 0xFE;
    /** Byte-matrix code of a query genotype absent from the library: equal to no library code. */
    public static final byte NARROW_UNSEEN = (byte) 0xFF;
    /** Short-matrix counterpart of {@link #NARROW_UNSEEN}. */
    public static final short WIDE_UNSEEN = (short) 0xFFFF;

    private final MarkerPanel panel;
    private final AlleleDictionary dictionary;
    private final String[] ids;
    private final int[] idOrder;
    /** Position of each row in id order: ranking ties compare ints, not strings. */
    private final int[] idRank;

    private final int loci;
    private final byte[] narrow;
    private final short[] wide;
    private final float[] callRate;
    private final float[] meanDepth;
    private final float[] multiAllelicShare;
    private final int[] depths;

    private Library(
            MarkerPanel panel,
            AlleleDictionary dictionary,
            String[] ids,
            byte[] narrow,
            short[] wide,
            float[] callRate,
            float[] meanDepth,
            float[] multiAllelicShare,
            int[] depths) {
        this.panel = panel;
        this.dictionary = dictionary;
        this.ids = ids;
        this.loci = panel.size();
        this.narrow = narrow;
        this.wide = wide;
        this.callRate = callRate;
        this.meanDepth = meanDepth;
        this.multiAllelicShare = multiAllelicShare;
        this.depths = depths;
        this.idOrder = sortedOrder(ids);
        this.idRank = new int[ids.length];
        for (int k = 0; k < idOrder.length; k++) idRank[idOrder[k]] = k;
    }

    /**
     * Assembles a library from its arrays (the builder, the index reader and benchmarks use it).
     * Exactly one of {@code narrow} and {@code wide} is non-null. {@code callRate} and
     * {@code multiAllelicShare} are computed from the codes when null; {@code meanDepth} null means
     * unknown; {@code depths} (total read depth per profile and locus, 0 = unknown) may be null.
     * The arrays are taken over, not copied.
     */
    public static Library of(
            MarkerPanel panel,
            AlleleDictionary dictionary,
            String[] ids,
            byte[] narrow,
            short[] wide,
            float[] callRate,
            float[] meanDepth,
            float[] multiAllelicShare,
            int[] depths) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(ids, "ids");
        int m = panel.size();
        int n = ids.length;
        if (dictionary.locusCount() != m)
            throw new IllegalArgumentException("dictionary has " + dictionary.locusCount() + " loci, panel " + m);
        if ((narrow == null) == (wide == null))
            throw new IllegalArgumentException("give exactly one of the byte and short matrices");
        long cells = (long) n * m;
        if (cells > Integer.MAX_VALUE - 64)
            throw new IllegalArgumentException("library too large for one array: " + n + " x " + m);
        if ((narrow != null ? narrow.length : wide.length) != cells)
            throw new IllegalArgumentException("matrix length is not profiles x loci");
        if (narrow != null && dictionary.maxGenotypeCount() > NARROW_MAX_CODE) {
            throw new IllegalArgumentException(
                    "a locus has more than " + NARROW_MAX_CODE + " genotypes: needs the short matrix");
        }
        checkLength(callRate, n, "callRate");
        checkLength(meanDepth, n, "meanDepth");
        checkLength(multiAllelicShare, n, "multiAllelicShare");
        if (depths != null && depths.length != cells)
            throw new IllegalArgumentException("depths length is not profiles x loci");
        for (String id : ids) if (id == null || id.isBlank()) throw new IllegalArgumentException("blank sample id");
        dictionary.freeze();
        if (meanDepth == null) {
            meanDepth = new float[n];
            Arrays.fill(meanDepth, Float.NaN);
        }
        if (callRate == null || multiAllelicShare == null) {
            callRate = new float[n];
            multiAllelicShare = new float[n];
            computeQc(dictionary, m, narrow, wide, callRate, multiAllelicShare);
        }
        return new Library(
                panel, dictionary, ids.clone(), narrow, wide, callRate, meanDepth, multiAllelicShare, depths);
    }

    public MarkerPanel panel() {
        return panel;
    }

    public AlleleDictionary dictionary() {
        return dictionary;
    }

    public int size() {
        return ids.length;
    }

    public int locusCount() {
        return loci;
    }

    public String id(int profile) {
        return ids[profile];
    }

    /** Whether codes are stored as shorts (some locus has more than {@value #NARROW_MAX_CODE} genotypes). */
    public boolean isWide() {
        return wide != null;
    }

    /**
     * The byte matrix itself, shared with the engine so that it scans without copying. Read-only
     * by contract. Null when {@link #isWide()}.
     */
    public byte[] narrowMatrix() {
        return narrow;
    }

    /** The short matrix (codes as unsigned 16-bit values), shared and read-only; null unless {@link #isWide()}. */
    public short[] wideMatrix() {
        return wide;
    }

    /** Genotype code of a profile at a locus. */
    public int code(int profile, int locus) {
        int k = profile * loci + locus;
        return narrow != null ? narrow[k] & 0xFF : wide[k] & 0xFFFF;
    }

    /** Alleles of a profile at a locus, sorted; empty when missing. */
    public java.util.List<String> alleles(int profile, int locus) {
        return dictionary.alleles(locus, code(profile, locus));
    }

    public boolean hasDepths() {
        return depths != null;
    }

    /** Total read depth at a locus, 0 when unknown; requires {@link #hasDepths()}. */
    public int depth(int profile, int locus) {
        if (depths == null) throw new IllegalStateException("library was built without depths");
        return depths[profile * loci + locus];
    }

    public ProfileQc qc(int profile) {
        return new ProfileQc(callRate[profile], meanDepth[profile], multiAllelicShare[profile]);
    }

    /** QC arrays, shared and read-only (for the index writer). */
    public float[] callRates() {
        return callRate;
    }

    public float[] meanDepths() {
        return meanDepth;
    }

    public float[] multiAllelicShares() {
        return multiAllelicShare;
    }
    /** Depth matrix, shared and read-only; null when absent. */
    public int[] depthMatrix() {
        return depths;
    }

    /** Rank of row {@code i}'s sample id among all ids (ids are unique, so this orders rows as their ids do). */
    public int idRank(int i) {
        return idRank[i];
    }

    /** Index of the profile with this sample id, or -1. */
    public int indexOf(String id) {
        int lo = 0, hi = idOrder.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = ids[idOrder[mid]].compareTo(id);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return idOrder[mid];
        }
        return -1;
    }

    /** Profile {@code i} as a stand-alone value (its codes copied). */
    public Profile profile(int i) {
        int[] codes = new int[loci];
        for (int l = 0; l < loci; l++) codes[l] = code(i, l);
        return new Profile(ids[i], panel, dictionary, codes, qc(i));
    }

    /** Bytes held by the genotype matrix, QC arrays, id index and depths (not the id strings nor the dictionary). */
    public long arrayBytes() {
        long b = narrow != null ? narrow.length : 2L * wide.length;
        b += 3L * 4 * ids.length + 4L * idOrder.length;
        if (depths != null) b += 4L * depths.length;
        return b;
    }

    @Override
    public String toString() {
        return "Library of " + ids.length + " profiles on " + panel + (isWide() ? " (wide)" : "");
    }

    private static void checkLength(float[] a, int n, String what) {
        if (a != null && a.length != n)
            throw new IllegalArgumentException(what + " length " + a.length + " != profiles " + n);
    }

    private static int[] sortedOrder(String[] ids) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(i -> ids[i]));
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = order[i];
            if (i > 0 && ids[out[i]].equals(ids[out[i - 1]]))
                throw new IllegalArgumentException("duplicate sample id " + ids[out[i]]);
        }
        return out;
    }

    private static void computeQc(
            AlleleDictionary dict, int m, byte[] narrow, short[] wide, float[] callRate, float[] multi) {
        boolean[][] isMulti = new boolean[m][];
        for (int l = 0; l < m; l++) {
            int g = dict.genotypeCount(l);
            isMulti[l] = new boolean[g + 1];
            for (int c = 1; c <= g; c++) isMulti[l][c] = dict.alleleIds(l, c).length > 1;
        }
        for (int i = 0; i < callRate.length; i++) {
            int called = 0, many = 0;
            int base = i * m;
            for (int l = 0; l < m; l++) {
                int c = narrow != null ? narrow[base + l] & 0xFF : wide[base + l] & 0xFFFF;
                if (c != 0) {
                    if (c >= isMulti[l].length)
                        throw new IllegalArgumentException(
                                "profile " + i + " locus " + l + ": code " + c + " not in the dictionary");
                    called++;
                    if (isMulti[l][c]) many++;
                }
            }
            callRate[i] = (float) called / m;
            multi[i] = called == 0 ? 0f : (float) many / called;
        }
    }
}
