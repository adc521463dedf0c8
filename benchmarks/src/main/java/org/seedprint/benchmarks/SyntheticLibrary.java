package org.seedprint.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.matcher.profile.Profile;

/**
 * Synthetic variety libraries with a breeding-like similarity structure: 300 founders drawn
 * from per-locus genotype frequencies (a major haplotype at 55-90 %), each variety a mosaic of
 * two founders in segments of 100 loci with 3 % mutation, 2 % essentially derived varieties
 * (a copy of an earlier variety with 4 % of loci redrawn), 0.5 % near-copies (1-2 loci
 * redrawn), and 2 % missing calls. Unrelated pairs land at 0.5-0.7, relatives above 0.9.
 */
public final class SyntheticLibrary {

    /** Genotypes per locus: 6 single haplotypes and 2 two-haplotype mixtures. */
    static final int GENOTYPES = 8;

    private static final int FOUNDERS = 300;
    private static final int SEGMENT = 100;

    private SyntheticLibrary() {}

    public static MarkerPanel panel(int loci) {
        List<Locus> list = new ArrayList<>(loci);
        for (int l = 0; l < loci; l++)
            list.add(new Locus("MNP" + l, "chr" + (1 + l / 100), (l % 100) * 10_000, (l % 100) * 10_000 + 180));
        return new MarkerPanel("synthetic", "1", list);
    }

    public static Library generate(int n, int m, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MarkerPanel panel = panel(m);
        AlleleDictionary dict = new AlleleDictionary(m);
        for (int l = 0; l < m; l++) {
            for (int c = 1; c <= GENOTYPES; c++) {
                String[] alleles = c <= 6 ? new String[] {hap(l, c)} : new String[] {hap(l, 1), hap(l, c - 5)};
                if (dict.encode(l, alleles) != c) throw new IllegalStateException("codes out of order");
            }
        }
        double[] major = new double[m];
        for (int l = 0; l < m; l++) major[l] = 0.55 + 0.35 * rnd.nextDouble();
        byte[][] founders = new byte[FOUNDERS][m];
        for (byte[] f : founders) for (int l = 0; l < m; l++) f[l] = draw(rnd, major[l]);

        byte[] matrix = new byte[Math.multiplyExact(n, m)];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "V" + (1_000_000 + i);
            int base = i * m;
            double r = rnd.nextDouble();
            if (i > 10 && r < 0.025) {
                int parent = rnd.nextInt(i);
                double redraw = r < 0.005 ? 1.5 / m : 0.04;
                for (int l = 0; l < m; l++) {
                    matrix[base + l] = rnd.nextDouble() < redraw ? draw(rnd, major[l]) : matrix[parent * m + l];
                }
            } else {
                byte[] a = founders[rnd.nextInt(FOUNDERS)], b = founders[rnd.nextInt(FOUNDERS)];
                for (int l = 0; l < m; l++) {
                    byte[] src = ((l / SEGMENT) + i) % 2 == 0 ? a : b;
                    matrix[base + l] = rnd.nextDouble() < 0.03 ? draw(rnd, major[l]) : src[l];
                }
            }
        }
        for (int k = 0, missing = matrix.length / 50; k < missing; k++) matrix[rnd.nextInt(matrix.length)] = 0;
        return Library.of(panel, dict, ids, matrix, null, null, null, null, null);
    }

    /**
     * A candidate variety as a reader would deliver it (its own dictionary): profile {@code row}
     * with 4 % of loci redrawn, so the library holds its parent and the parent's relatives.
     */
    public static Profile candidate(Library lib, int row, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LibraryBuilder b = new LibraryBuilder(lib.panel());
        for (int l = 0; l < lib.locusCount(); l++) {
            int code = lib.code(row, l);
            if (rnd.nextDouble() < 0.04) code = 1 + rnd.nextInt(GENOTYPES);
            b.accept("candidate", l, lib.dictionary().alleles(l, code).toArray(String[]::new), null);
        }
        return b.buildProfile();
    }

    private static byte draw(SplittableRandom rnd, double major) {
        return rnd.nextDouble() < major ? 1 : (byte) (2 + rnd.nextInt(GENOTYPES - 1));
    }

    private static String hap(int locus, int c) {
        return "ACGT".charAt(c % 4) + "h" + locus + "_" + c;
    }
}
