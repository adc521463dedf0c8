package org.seedprint.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.seedprint.matcher.engine.CropDefaults;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Kernel;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.profile.Library;

/**
 * Facts about the synthetic data that JMH does not measure: the similarity distribution (is it
 * realistic?) and the retained heap of a loaded library in bytes per locus per profile.
 * Run: java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar org.seedprint.benchmarks.SyntheticReport
 */
public final class SyntheticReport {

    private SyntheticReport() {
    }

    public static void main(String[] args) {
        int n = 100_000, m = 1000;
        long before = usedHeap();
        Library lib = SyntheticLibrary.generate(n, m, 42);
        long after = usedHeap();
        double cells = (double) n * m;
        System.out.printf("library %d x %d: retained heap %.3f bytes per locus per profile (arrays %.3f)%n",
                n, m, (after - before) / cells, lib.arrayBytes() / cells);

        try (Engine engine = new Engine(lib, Kernels.best(), Runtime.getRuntime().availableProcessors())) {
            SplittableRandom rnd = new SplittableRandom(3);
            double[] sims = new double[200_000];
            for (int x = 0; x < sims.length; x++) {
                int a = rnd.nextInt(n), b = rnd.nextInt(n);
                sims[x] = engine.compare(a, b).similarity();
            }
            Arrays.sort(sims);
            System.out.printf("random pairs: p5 %.3f  p50 %.3f  p95 %.3f  p99.9 %.3f  share >= 0.9: %.5f  share in [0.5,0.7]: %.3f%n",
                    sims[sims.length / 20], sims[sims.length / 2], sims[sims.length * 19 / 20], sims[sims.length * 999 / 1000],
                    share(sims, 0.9, 1.01), share(sims, 0.5, 0.7));
            long[] counts = engine.countAll(SyntheticLibrary.candidate(lib, n / 3, 7));
            int above = 0;
            for (long p : counts) if (Kernel.identical(p) >= 0.9 * Kernel.compared(p)) above++;
            System.out.printf("benchmark query: %d of %d profiles at similarity >= 0.90, top hit %s%n", above, n,
                    engine.top(SyntheticLibrary.candidate(lib, n / 3, 7), 1, CropDefaults.forCrop("ZEAAA_MAY").orElseThrow()).get(0));
        }
        try (Engine engine = new Engine(SyntheticLibrary.generate(10_000, m, 42))) {
            System.out.printf("all-vs-all 10,000: %d pairs >= 0.90%n", engine.pairs(0.9, CropDefaults.forCrop("ZEAAA_MAY").orElseThrow()).size());
        }
    }

    private static double share(double[] sorted, double lo, double hi) {
        int c = 0;
        for (double s : sorted) if (s >= lo && s < hi) c++;
        return (double) c / sorted.length;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
