package org.seedprint.matcher.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.panel.MarkerPanel;

/**
 * Collects calls from readers, in any sample and locus order, into a {@link Library}. Each
 * call is checked as it comes (a second call for the same sample and locus is an error, even
 * a missing one); loci never called for a sample are missing. Rows are bytes until some locus
 * gets its 255th genotype, then all rows switch to shorts; {@link #build} packs them into the
 * narrowest {@link CodeMatrix} layout. Not thread-safe; use once.
 */
public final class LibraryBuilder implements GenotypeSink {

    private final MarkerPanel panel;
    private final int m;
    private final boolean keepDepths;
    private final AlleleDictionary dictionary;
    private final Map<String, Integer> sampleIndex = new HashMap<>();
    private final List<String> samples = new ArrayList<>();
    private final List<long[]> seen = new ArrayList<>();
    private final List<byte[]> narrowRows = new ArrayList<>();
    private @Nullable List<char[]> wideRows;
    private final List<int[]> depthRows = new ArrayList<>();
    private final List<double[]> depthSums = new ArrayList<>();
    /** Per sample: called loci, and called loci with more than one allele (the QC, counted as calls come). */
    private final List<int[]> calledCounts = new ArrayList<>();

    private boolean built;
    private String[] rowsFor = new String[0];
    private int[] rows = new int[0];

    public LibraryBuilder(MarkerPanel panel) {
        this(panel, false);
    }

    /** @param keepDepths keep the total read depth of every call (4 bytes per locus more) */
    public LibraryBuilder(MarkerPanel panel, boolean keepDepths) {
        this.panel = Objects.requireNonNull(panel, "panel");
        this.m = panel.size();
        this.keepDepths = keepDepths;
        this.dictionary = new AlleleDictionary(m);
    }

    @Override
    public void accept(String sample, int locusIndex, String[] alleles, int @Nullable [] depths) {
        if (built) throw new IllegalStateException("library already built");
        if (sample == null || sample.isBlank()) throw new InvalidCallException("sample", "empty sample id");
        if (locusIndex < 0 || locusIndex >= m) {
            throw new InvalidCallException("locus", "locus index " + locusIndex + " outside the panel " + panel);
        }
        if (alleles == null)
            throw new InvalidCallException("alleles", "null allele list (use an empty one for missing)");
        if (depths != null) {
            if (depths.length != alleles.length) {
                throw new InvalidCallException("depths", depths.length + " depths for " + alleles.length + " alleles");
            }
            for (int d : depths) if (d < 0) throw new InvalidCallException("depths", "negative depth " + d);
        }
        Integer boxed = sampleIndex.get(sample);
        int s = boxed == null ? -1 : boxed;
        if (s >= 0 && isSeen(s, locusIndex)) {
            throw new InvalidCallException(
                    "locus",
                    "second call for sample " + sample + " at locus "
                            + panel.locus(locusIndex).id());
        }
        int code = dictionary.encode(locusIndex, alleles);
        if (s < 0) s = addSample(sample);
        seen.get(s)[locusIndex >>> 6] |= 1L << locusIndex;
        if (code == AlleleDictionary.MISSING) return;
        store(s, locusIndex, code);
        int[] called = calledCounts.get(s);
        called[0]++;
        if (alleles.length > 1) called[1]++;
        if (depths != null) {
            long total = 0;
            for (int d : depths) total += d;
            double[] sum = depthSums.get(s);
            sum[0] += total;
            sum[1]++;
            if (keepDepths) depthRows.get(s)[locusIndex] = (int) Math.min(total, Integer.MAX_VALUE);
        }
    }

    /** The per-locus path of the fast readers: each distinct genotype encoded once, then one store per sample. */
    @Override
    public void acceptLocus(String[] ids, int locusIndex, String[][] genotypes, int[] which) {
        if (built) throw new IllegalStateException("library already built");
        if (locusIndex < 0 || locusIndex >= m) {
            throw new InvalidCallException("locus", "locus index " + locusIndex + " outside the panel " + panel);
        }
        int[] codes = new int[genotypes.length];
        for (int g = 0; g < genotypes.length; g++) codes[g] = dictionary.encode(locusIndex, genotypes[g]);
        boolean[] multi = new boolean[genotypes.length];
        for (int g = 0; g < genotypes.length; g++) multi[g] = genotypes[g].length > 1;
        int[] rows = rowsOf(ids);
        int word = locusIndex >>> 6;
        long bit = 1L << locusIndex;
        for (int s = 0; s < rows.length; s++) {
            long[] seenRow = seen.get(rows[s]);
            if ((seenRow[word] & bit) != 0) {
                throw new InvalidCallException(
                        "locus",
                        "second call for sample " + ids[s] + " at locus "
                                + panel.locus(locusIndex).id());
            }
            seenRow[word] |= bit;
            int code = codes[which[s]];
            if (code == AlleleDictionary.MISSING) continue;
            store(rows[s], locusIndex, code);
            int[] called = calledCounts.get(rows[s]);
            called[0]++;
            if (multi[which[s]]) called[1]++;
        }
    }

    /** Rows of these sample ids, added when new; remembered for the array the last call passed. */
    private int[] rowsOf(String[] ids) {
        if (ids == rowsFor) return rows;
        int[] r = new int[ids.length];
        for (int s = 0; s < ids.length; s++) {
            if (ids[s] == null || ids[s].isBlank()) throw new InvalidCallException("sample", "empty sample id");
            Integer boxed = sampleIndex.get(ids[s]);
            r[s] = boxed != null ? boxed : addSample(ids[s]);
        }
        rowsFor = ids;
        rows = r;
        return r;
    }

    /** Number of samples seen so far. */
    public int sampleCount() {
        return samples.size();
    }

    /** Freezes the dictionary and returns the library, its codes in the narrowest layout that holds them. */
    public Library build() {
        if (built) throw new IllegalStateException("library already built");
        built = true;
        int n = samples.size();
        CodeMatrix.Builder codes = CodeMatrix.builder(dictionary.maxGenotypeCount(), n, m);
        for (int i = 0; i < n; i++) {
            if (wideRows == null) {
                byte[] row = narrowRows.get(i);
                for (int l = 0; l < m; l++) if (row[l] != 0) codes.set(i, l, row[l] & 0xFF);
            } else {
                char[] row = wideRows.get(i);
                for (int l = 0; l < m; l++) if (row[l] != 0) codes.set(i, l, row[l]);
            }
        }
        float[] meanDepth = new float[n], callRate = new float[n], multi = new float[n];
        for (int i = 0; i < n; i++) {
            double[] sum = depthSums.get(i);
            meanDepth[i] = sum[1] == 0 ? Float.NaN : (float) (sum[0] / sum[1]);
            int[] called = calledCounts.get(i);
            callRate[i] = (float) called[0] / m;
            multi[i] = called[0] == 0 ? 0f : (float) called[1] / called[0];
        }
        int[] depths = null;
        if (keepDepths) {
            depths = new int[n * m];
            for (int i = 0; i < n; i++) System.arraycopy(depthRows.get(i), 0, depths, i * m, m);
        }
        return Library.of(
                panel,
                dictionary,
                SampleIds.of(samples.toArray(String[]::new)),
                codes.build(),
                new QcColumns(callRate, meanDepth, multi),
                depths);
    }

    /** For a query: builds and returns the one profile fed to this builder. */
    public Profile buildProfile() {
        if (samples.size() != 1) {
            throw new IllegalStateException(
                    "a single profile needs calls of exactly one sample, got " + samples.size());
        }
        return build().profile(0);
    }

    private boolean isSeen(int s, int locus) {
        return (seen.get(s)[locus >>> 6] & (1L << locus)) != 0;
    }

    private int addSample(String sample) {
        int s = samples.size();
        samples.add(sample);
        sampleIndex.put(sample, s);
        seen.add(new long[(m + 63) >>> 6]);
        if (wideRows == null) narrowRows.add(new byte[m]);
        else wideRows.add(new char[m]);
        depthSums.add(new double[2]);
        calledCounts.add(new int[2]);
        if (keepDepths) depthRows.add(new int[m]);
        return s;
    }

    private void store(int s, int locus, int code) {
        if (wideRows == null && code > Library.NARROW_MAX_CODE) widen();
        if (wideRows == null) narrowRows.get(s)[locus] = (byte) code;
        else wideRows.get(s)[locus] = (char) code;
    }

    private void widen() {
        wideRows = new ArrayList<>(narrowRows.size());
        for (byte[] row : narrowRows) {
            char[] w = new char[m];
            for (int l = 0; l < m; l++) w[l] = (char) (row[l] & 0xFF);
            wideRows.add(w);
        }
        narrowRows.clear();
    }
}
