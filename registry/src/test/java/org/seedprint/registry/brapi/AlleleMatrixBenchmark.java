package org.seedprint.registry.brapi;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allele-matrix benchmark (issue 11): one {@code GET /brapi/v2/allelematrix} page of 1,000
 * variants x 1,000 call sets out of a 100,000-profile x 1,000-locus synthetic MNP library (8
 * genotypes per locus: 6 haplotypes, 2 two-haplotype mixtures, 2 % missing), written by the
 * server's own {@link AlleleMatrixWriter} with the server's JSON mapper to a byte sink, the
 * selection built as {@code Genotypes} builds it for an unfiltered request (every row). The HTTP
 * layer is left out (docs/performance.md says what that adds). Not a test: a main, run by
 * {@code benchmarks/brapi-allelematrix.sh}; it prints wall and CPU time per page (median, best,
 * worst) after warm-up, never asserts a time.
 */
public final class AlleleMatrixBenchmark {

    private static final int PROFILES = 100_000, LOCI = 1_000, PAGE = 1_000;

    private AlleleMatrixBenchmark() {}

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Library lib = library(PROFILES, LOCI, 11);
        JsonMapper json = JsonMapper.builder().build();
        GenotypeFormat format = GenotypeFormat.of(null, null, null, null);
        Paging variants = new Paging(0, PAGE);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Sink sink = new Sink();
        long[] wall = new long[runs], cpu = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            // a different call-set page each time, as a client walking the matrix asks
            Paging callSets = new Paging(i % (PROFILES / PAGE), PAGE);
            sink.bytes = 0;
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            int[] rows = new int[lib.size()];
            for (int r = 0; r < rows.length; r++) rows[r] = r;
            int[] loci = new int[lib.locusCount()];
            for (int l = 0; l < loci.length; l++) loci[l] = l;
            new AlleleMatrixWriter(json, format)
                    .write(new Genotypes.Selection(1, lib, rows, loci), variants, callSets, true, sink);
            long t1 = System.nanoTime(), c1 = threads.getCurrentThreadCpuTime();
            if (i >= warmup) {
                wall[i - warmup] = t1 - t0;
                cpu[i - warmup] = c1 - c0;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "allelematrix page %d variants x %d call sets of %d x %d, %.1f MB JSON per page, %d runs after %d"
                        + " warm-up%n  wall ms: median %.1f, best %.1f, worst %.1f%n  cpu  ms: median %.1f, best"
                        + " %.1f, worst %.1f%n",
                PAGE,
                PAGE,
                PROFILES,
                LOCI,
                sink.bytes / 1e6,
                runs,
                warmup,
                median(wall),
                min(wall),
                max(wall),
                median(cpu),
                min(cpu),
                max(cpu));
    }

    /** The synthetic library: random codes per locus with a skewed (major-haplotype) distribution. */
    static Library library(int n, int m, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Locus> list = new ArrayList<>(m);
        for (int l = 0; l < m; l++) {
            list.add(new Locus("MNP" + l, "chr" + (1 + l / 100), (l % 100) * 10_000, (l % 100) * 10_000 + 180));
        }
        MarkerPanel panel = new MarkerPanel("synthetic", "1", list);
        AlleleDictionary dict = new AlleleDictionary(m);
        for (int l = 0; l < m; l++) {
            for (int h = 1; h <= 6; h++) dict.encode(l, new String[] {haplotype(rnd)});
            dict.encode(l, new String[] {dict.allele(l, 0), dict.allele(l, 1)});
            dict.encode(l, new String[] {dict.allele(l, 0), dict.allele(l, 2)});
        }
        CodeMatrix.Builder codes = CodeMatrix.builder(8, n, m);
        for (int r = 0; r < n; r++) {
            for (int l = 0; l < m; l++) {
                double u = rnd.nextDouble();
                codes.set(r, l, u < 0.02 ? AlleleDictionary.MISSING : u < 0.6 ? 1 : 2 + rnd.nextInt(7));
            }
        }
        String[] ids = new String[n];
        for (int r = 0; r < n; r++) ids[r] = Integer.toString(1_000_000 + r);
        return Library.of(panel, dict, ids, codes.build());
    }

    private static String haplotype(SplittableRandom rnd) {
        char[] bases = new char[150];
        for (int i = 0; i < bases.length; i++) bases[i] = "ACGT".charAt(rnd.nextInt(4));
        return new String(bases);
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double min(long[] ns) {
        return Arrays.stream(ns).min().orElse(0) / 1e6;
    }

    private static double max(long[] ns) {
        return Arrays.stream(ns).max().orElse(0) / 1e6;
    }

    /** Counts what the writer produces and keeps nothing (the socket's part is not measured). */
    private static final class Sink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
