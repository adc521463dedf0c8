package org.seedprint.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seedprint.matcher.engine.CropDefaults;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Hit;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/**
 * {@link MultiQueryBenchmark#many}'s work on one thread, timed as the thread's CPU time (so other
 * processes on a busy machine do not count): 300 candidates x 100,000 profiles x 1,000 loci, top 10.
 * Arguments: kernel ({@code scalar} or {@code vector}), rounds (default 3); prints one line a round
 * with a checksum of the hits (equal before and after a kernel change means equal results).
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp ... org.seedprint.benchmarks.MultiQueryCpuProbe vector}
 */
public final class MultiQueryCpuProbe {

    private MultiQueryCpuProbe() {}

    public static void main(String[] args) {
        String kernel = args.length > 0 ? args[0] : "vector";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Library lib = SyntheticLibrary.generate(100_000, 1_000, 42, 8);
        List<Profile> queries = new ArrayList<>();
        for (int q = 0; q < 300; q++) queries.add(SyntheticLibrary.candidate(lib, (q * 331) % 100_000, q));
        Thresholds maize = CropDefaults.forCrop("ZEAAA_MAY").orElseThrow();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (Engine engine = new Engine(lib, Kernels.named(kernel), 1)) {
            for (int r = 0; r < rounds; r++) {
                long check = 0;
                long c0 = cpu.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                List<List<Hit>> hits = engine.top(queries, 10, maize);
                long c1 = cpu.getCurrentThreadCpuTime(), w1 = System.nanoTime();
                for (List<Hit> h : hits)
                    for (Hit x : h)
                        check = check * 31 + x.index() * 7L + x.counts().identical();
                System.out.printf(
                        Locale.ROOT,
                        "%s round %d: cpu %.3f s, wall %.3f s, checksum %x%n",
                        engine.kernel().name(),
                        r + 1,
                        (c1 - c0) / 1e9,
                        (w1 - w0) / 1e9,
                        check);
            }
        }
    }
}
