package org.seedprint.matcher.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.panel.MarkerPanel;

/**
 * All profiles of one panel, immutable, in flat primitive arrays: the genotype codes are one
 * {@link CodeMatrix} (2, 4, 8 or 16 bits per call, the narrowest that holds the library), sample
 * ids and QC sit in their own arrays, depths (optional) outside the matrix, so a scan touches only
 * the codes.
 */
public final class Library {

    /** Largest code stored in the byte layout; 0xFF stays free, as in the registry's stored form. */
    public static final int NARROW_MAX_CODE = 0xFE;

    private final MarkerPanel panel;
    private final AlleleDictionary dictionary;
    private final SampleIds ids;
    private final CodeMatrix codes;
    private final QcColumns qc;
    private final int @Nullable [] depths;

    private Library(
            MarkerPanel panel,
            AlleleDictionary dictionary,
            SampleIds ids,
            CodeMatrix codes,
            QcColumns qc,
            int @Nullable [] depths) {
        this.panel = panel;
        this.dictionary = dictionary;
        this.ids = ids;
        this.codes = codes;
        this.qc = qc;
        this.depths = depths;
    }

    /** A library whose QC is computed from the codes (mean depth unknown), without depths. */
    public static Library of(MarkerPanel panel, AlleleDictionary dictionary, String[] ids, CodeMatrix codes) {
        return of(panel, dictionary, SampleIds.of(ids), codes, null, null);
    }

    /**
     * Assembles a library from its parts (the builder, the index reader, the registry, benchmarks).
     * {@code qc} null means: call rate and multi-allelic share computed from the codes, mean depth
     * unknown. {@code depths} (total read depth per profile and locus, 0 = unknown) may be null.
     * Arrays are taken over, not copied. Every code is checked against its locus's genotypes.
     */
    public static Library of(
            MarkerPanel panel,
            AlleleDictionary dictionary,
            SampleIds ids,
            CodeMatrix codes,
            @Nullable QcColumns qc,
            int @Nullable [] depths) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(dictionary, "dictionary");
        int m = panel.size();
        int n = ids.size();
        if (dictionary.locusCount() != m)
            throw new IllegalArgumentException("dictionary has " + dictionary.locusCount() + " loci, panel " + m);
        if (codes.rows() != n || codes.loci() != m)
            throw new IllegalArgumentException(
                    "matrix is " + codes.rows() + " x " + codes.loci() + ", library " + n + " x " + m);
        if (dictionary.maxGenotypeCount() > codes.maxCode()) {
            throw new IllegalArgumentException("a locus has " + dictionary.maxGenotypeCount() + " genotypes: more than "
                    + codes.bits() + " bits hold");
        }
        if (qc != null && qc.size() != n)
            throw new IllegalArgumentException("QC for " + qc.size() + " profiles, library has " + n);
        if (depths != null && depths.length != (long) n * m)
            throw new IllegalArgumentException("depths length is not profiles x loci");
        int[] limits = new int[m];
        for (int l = 0; l < m; l++) limits[l] = dictionary.genotypeCount(l);
        int bad = codes.firstRowAbove(limits);
        if (bad >= 0)
            throw new IllegalArgumentException("profile " + ids.id(bad) + " has a code not in the dictionary");
        dictionary.freeze();
        if (qc == null) qc = computeQc(dictionary, codes);
        return new Library(panel, dictionary, ids, codes, qc, depths);
    }

    public MarkerPanel panel() {
        return panel;
    }

    public AlleleDictionary dictionary() {
        return dictionary;
    }

    public int size() {
        return ids.size();
    }

    public int locusCount() {
        return codes.loci();
    }

    public String id(int profile) {
        return ids.id(profile);
    }

    public SampleIds ids() {
        return ids;
    }

    /** The code matrix itself, shared with the engine so that it scans without copying. */
    public CodeMatrix codes() {
        return codes;
    }

    /** Genotype code of a profile at a locus. */
    public int code(int profile, int locus) {
        return codes.code(profile, locus);
    }

    /** Alleles of a profile at a locus, sorted; empty when missing. */
    public List<String> alleles(int profile, int locus) {
        return dictionary.alleles(locus, code(profile, locus));
    }

    public boolean hasDepths() {
        return depths != null;
    }

    /** Total read depth at a locus, 0 when unknown; requires {@link #hasDepths()}. */
    public int depth(int profile, int locus) {
        if (depths == null) throw new IllegalStateException("library was built without depths");
        return depths[profile * locusCount() + locus];
    }

    public ProfileQc qc(int profile) {
        return new ProfileQc(qc.callRate()[profile], qc.meanDepth()[profile], qc.multiAllelicShare()[profile]);
    }

    /** QC arrays, shared and read-only (for the index writer). */
    public QcColumns qcColumns() {
        return qc;
    }

    /** Depth matrix, shared and read-only; null when absent. */
    public int @Nullable [] depthMatrix() {
        return depths;
    }

    /** Rank of row {@code i}'s sample id among all ids (ids are unique, so this orders rows as their ids do). */
    public int idRank(int i) {
        return ids.rank(i);
    }

    /** Index of the profile with this sample id, or -1. */
    public int indexOf(String id) {
        return ids.indexOf(id);
    }

    /** Profile {@code i} as a stand-alone value (its codes copied). */
    public Profile profile(int i) {
        int m = locusCount();
        int[] row = new int[m];
        for (int l = 0; l < m; l++) row[l] = code(i, l);
        return new Profile(ids.id(i), panel, dictionary, row, qc(i));
    }

    /**
     * Rows [from, to) as a library of their own, on the same panel and dictionary (the codes, ids and
     * QC copied): for block searches across libraries ({@code Engine.pairs(Library, Block, ...)}).
     */
    public Library slice(int from, int to) {
        if (from < 0 || to < from || to > size())
            throw new IllegalArgumentException("rows " + from + ".." + to + " of " + size());
        int m = locusCount(), wpr = codes.wordsPerRow();
        String[] sub = new String[to - from];
        for (int i = from; i < to; i++) sub[i - from] = ids.id(i);
        CodeMatrix part =
                CodeMatrix.wrap(codes.bits(), to - from, m, Arrays.copyOfRange(codes.words(), from * wpr, to * wpr));
        QcColumns q = new QcColumns(
                Arrays.copyOfRange(qc.callRate(), from, to),
                Arrays.copyOfRange(qc.meanDepth(), from, to),
                Arrays.copyOfRange(qc.multiAllelicShare(), from, to));
        int[] d = depths == null ? null : Arrays.copyOfRange(depths, from * m, to * m);
        return new Library(panel, dictionary, SampleIds.of(sub), part, q, d);
    }

    /** The same library with its codes in another layout ({@code bits} 2, 4, 8 or 16, holding every code). */
    public Library withBits(int bits) {
        return of(panel, dictionary, ids, codes.withBits(bits), qc, depths);
    }

    /** Bytes held by the code matrix, QC arrays, id order and depths (not the ids nor the dictionary). */
    public long arrayBytes() {
        long b = codes.byteSize() + 3L * 4 * size() + 2L * 4 * size();
        if (depths != null) b += 4L * depths.length;
        return b;
    }

    @Override
    public String toString() {
        return "Library of " + size() + " profiles on " + panel + " (" + codes.bits() + " bits per call)";
    }

    private static QcColumns computeQc(AlleleDictionary dict, CodeMatrix codes) {
        int n = codes.rows(), m = codes.loci();
        boolean[][] isMulti = new boolean[m][];
        for (int l = 0; l < m; l++) {
            int g = dict.genotypeCount(l);
            isMulti[l] = new boolean[g + 1];
            for (int c = 1; c <= g; c++) isMulti[l][c] = dict.alleleIds(l, c).length > 1;
        }
        float[] callRate = new float[n], multi = new float[n], meanDepth = new float[n];
        Arrays.fill(meanDepth, Float.NaN);
        for (int i = 0; i < n; i++) {
            int called = 0, many = 0;
            for (int l = 0; l < m; l++) {
                int c = codes.code(i, l);
                if (c != 0) {
                    called++;
                    if (isMulti[l][c]) many++;
                }
            }
            callRate[i] = (float) called / m;
            multi[i] = called == 0 ? 0f : (float) many / called;
        }
        return new QcColumns(callRate, meanDepth, multi);
    }
}
