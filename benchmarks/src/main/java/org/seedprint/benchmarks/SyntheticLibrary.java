package org.seedprint.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.matcher.profile.Profile;

/**
 * Synthetic variety libraries with a breeding-like similarity structure: 300 founders drawn
 * from per-locus genotype frequencies (a major haplotype at 55-90 %), each variety a mosaic of
 * two founders in segments of 100 loci with 3 % mutation, 2 % essentially derived varieties
 * (a copy of an earlier variety with 4 % of loci redrawn), 0.5 % near-copies (1-2 loci
 * redrawn), and 2 % missing calls. Unrelated pairs land at 0.5-0.7, relatives above 0.9.
 *
 * <p>{@code genotypes} per locus sets the code layout the library gets: 3 (a biallelic SNP panel:
 * {A}, {B}, {A,B}; 2 bits per call), 8 (6 haplotypes and 2 two-haplotype mixtures, the MNP-like
 * default; 4 bits), up to 254 (bytes) or more (shorts).
 */
public final class SyntheticLibrary {

    /** Genotypes per locus of the default library: 6 single haplotypes and 2 two-haplotype mixtures. */
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
        return generate(n, m, seed, GENOTYPES);
    }

    public static Library generate(int n, int m, long seed, int genotypes) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MarkerPanel panel = panel(m);
        AlleleDictionary dict = new AlleleDictionary(m);
        int singles = genotypes <= 3 ? 2 : genotypes == GENOTYPES ? 6 : genotypes - 2;
        for (int l = 0; l < m; l++) {
            for (int c = 1; c <= genotypes; c++) {
                String[] alleles =
                        c <= singles ? new String[] {hap(l, c)} : new String[] {hap(l, 1), hap(l, c - singles + 1)};
                if (dict.encode(l, alleles) != c) throw new IllegalStateException("codes out of order");
            }
        }
        double[] major = new double[m];
        for (int l = 0; l < m; l++) major[l] = 0.55 + 0.35 * rnd.nextDouble();
        int[][] founders = new int[FOUNDERS][m];
        for (int[] f : founders) for (int l = 0; l < m; l++) f[l] = draw(rnd, major[l], genotypes);

        CodeMatrix.Builder matrix = CodeMatrix.builder(genotypes, n, m);
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "V" + (1_000_000 + i);
            double r = rnd.nextDouble();
            if (i > 10 && r < 0.025) {
                int parent = rnd.nextInt(i);
                double redraw = r < 0.005 ? 1.5 / m : 0.04;
                for (int l = 0; l < m; l++) {
                    matrix.set(
                            i, l, rnd.nextDouble() < redraw ? draw(rnd, major[l], genotypes) : matrix.code(parent, l));
                }
            } else {
                int[] a = founders[rnd.nextInt(FOUNDERS)], b = founders[rnd.nextInt(FOUNDERS)];
                for (int l = 0; l < m; l++) {
                    int[] src = ((l / SEGMENT) + i) % 2 == 0 ? a : b;
                    matrix.set(i, l, rnd.nextDouble() < 0.03 ? draw(rnd, major[l], genotypes) : src[l]);
                }
            }
        }
        for (long k = 0, missing = (long) n * m / 50; k < missing; k++) matrix.set(rnd.nextInt(n), rnd.nextInt(m), 0);
        return Library.of(panel, dict, ids, matrix.build());
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
            if (rnd.nextDouble() < 0.04) code = 1 + rnd.nextInt(lib.dictionary().genotypeCount(l));
            b.accept("candidate", l, lib.dictionary().alleles(l, code).toArray(String[]::new), null);
        }
        return b.buildProfile();
    }

    private static int draw(SplittableRandom rnd, double major, int genotypes) {
        return rnd.nextDouble() < major ? 1 : 2 + rnd.nextInt(genotypes - 1);
    }

    private static String hap(int locus, int c) {
        return "ACGT".charAt(c % 4) + "h" + locus + "_" + c;
    }
}
