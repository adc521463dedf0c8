package org.seedprint.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.seedprint.matcher.engine.CropDefaults;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Kernel;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/**
 * Facts about the synthetic data that the JMH benchmarks do not give: the similarity
 * distribution, the retained heap of a loaded library in bytes per locus per profile, and the
 * single-thread CPU time of each search (thread CPU time, so that other processes on a shared
 * machine do not inflate it the way they inflate wall-clock time).
 * Run once per kernel (each in its own JVM, as JMH forks):
 * java --add-modules jdk.incubator.vector -Xmx3g -cp benchmarks/target/benchmarks.jar org.seedprint.benchmarks.SyntheticReport scalar|vector [GENOTYPES [PROFILES]]
 * (genotypes per locus: 3 = 2 bits per call, 8 = 4 bits, the default, 200 = bytes, 300 = shorts).
 */
public final class SyntheticReport {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SyntheticReport() {}

    public static void main(String[] args) {
        int genotypes = args.length > 1 ? Integer.parseInt(args[1]) : SyntheticLibrary.GENOTYPES;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 100_000, m = 1000;
        Thresholds maize = CropDefaults.forCrop("ZEAAA_MAY").orElseThrow();
        long before = usedHeap();
        Library lib = SyntheticLibrary.generate(n, m, 42, genotypes);
        long after = usedHeap();
        double cells = (double) n * m;
        System.out.printf(
                "library %d x %d, %d genotypes per locus, %d bits per call: retained heap %.3f bytes per locus per profile (arrays %.3f)%n",
                n, m, genotypes, lib.codes().bits(), (after - before) / cells, lib.arrayBytes() / cells);
        Profile query = SyntheticLibrary.candidate(lib, n / 3, 7);
        Library small = SyntheticLibrary.generate(10_000, m, 42, genotypes);

        Kernel kernel = Kernels.named(args.length > 0 ? args[0] : "vector");
        List<Profile> batch = new ArrayList<>();
        for (int q = 0; q < 300; q++) batch.add(SyntheticLibrary.candidate(lib, (q * 331) % n, q));
        try (Engine engine = new Engine(lib, kernel, 1);
                Engine pairs = new Engine(small, kernel, 1)) {
            describe(engine, query, maize);
            double many = cpuMillis(1, () -> engine.top(batch, 10, maize));
            double single = cpuMillis(1, () -> {
                int hits = 0;
                for (Profile q : batch) hits += engine.top(q, 10, maize).size();
                return hits;
            });
            System.out.printf(
                    "%-10s 1 thread CPU ms: 300 queries top 10 in one pass %.0f, one by one %.0f (ratio %.2f)%n",
                    kernel.name(), many, single, single / many);
            System.out.printf(
                    "%-10s 1 thread CPU ms: countAll %.1f  top10 %.1f  atLeast090 %.1f  pairs(10k) %.0f%n",
                    kernel.name(),
                    cpuMillis(10, () -> engine.countAll(query)),
                    cpuMillis(10, () -> engine.top(query, 10, maize)),
                    cpuMillis(10, () -> engine.atLeast(query, 0.90, maize)),
                    cpuMillis(2, () -> pairs.pairs(0.90, maize)));
        }
    }

    private static void describe(Engine engine, Profile query, Thresholds maize) {
        int n = engine.library().size();
        SplittableRandom rnd = new SplittableRandom(3);
        double[] sims = new double[200_000];
        for (int x = 0; x < sims.length; x++)
            sims[x] = engine.compare(rnd.nextInt(n), rnd.nextInt(n)).similarity();
        Arrays.sort(sims);
        System.out.printf(
                "random pairs: p5 %.3f  p50 %.3f  p95 %.3f  p99.9 %.3f  share >= 0.9: %.5f  share in [0.5,0.7]: %.3f%n",
                sims[sims.length / 20],
                sims[sims.length / 2],
                sims[sims.length * 19 / 20],
                sims[sims.length * 999 / 1000],
                share(sims, 0.9, 1.01),
                share(sims, 0.5, 0.7));
        System.out.printf(
                "benchmark query: %d profiles at similarity >= 0.90, top hit %s%n",
                engine.atLeast(query, 0.9, maize).size(),
                engine.top(query, 1, maize).get(0));
    }

    /** Best thread CPU time of a few runs after as many warm-up runs. */
    private static double cpuMillis(int runs, Supplier<?> work) {
        long best = Long.MAX_VALUE;
        int sink = 0; // keeps the result alive so the work is not optimised away
        for (int r = 0; r < 2 * runs; r++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            sink += System.identityHashCode(work.get());
            long t = CPU.getCurrentThreadCpuTime() - t0;
            if (r >= runs) best = Math.min(best, t);
        }
        return best / 1e6 + (sink == 42 ? 1e-12 : 0);
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
