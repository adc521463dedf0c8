package org.seedprint.matcher.engine;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.seedprint.matcher.index.LibraryIndex;
import org.seedprint.matcher.profile.Library;

/**
 * All pairs of an index through both paths of {@link AllPairs} (docs/performance.md, "Writing"):
 * collect every pair and sort them together, or sort per task and merge, into a sink that only adds
 * the counts up (so the two runs can be checked against each other). Wall time and process CPU
 * (user + system, every thread) per run, alternating, after one warm-up each. In the engine's package
 * (the paths are package-private; on the class path the two jars share it).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.seedprint.matcher.engine.AllPairsPaths INDEX [T] [RUNS] [THREADS]</pre>
 */
public final class AllPairsPaths {

    private AllPairsPaths() {}

    public static void main(String[] args) throws Exception {
        Library lib = LibraryIndex.read(Path.of(args[0]));
        double t = args.length > 1 ? Double.parseDouble(args[1]) : 0.0;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = args.length > 3
                ? Integer.parseInt(args[3])
                : Runtime.getRuntime().availableProcessors();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thresholds th = new Thresholds(2, CropDefaults.EDV_SIMILARITY, CropDefaults.MIN_COMPARED_FRACTION);
        System.out.printf(
                "%s: %,d profiles x %d loci, %d bits, t %.2f, %d threads, load %s%n",
                args[0], lib.size(), lib.locusCount(), lib.codes().bits(), t, threads, load());
        try (Engine e = new Engine(lib, Kernels.scalar(), threads)) {
            for (int r = 0; r <= runs; r++) {
                for (boolean merged : new boolean[] {false, true}) {
                    long[] sum = new long[3];
                    long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
                    PairSink sink = (a, b, c, i, s, cls) -> {
                        sum[0]++;
                        sum[1] += 31L * a + b + c * 7L + i;
                        sum[2] += Double.doubleToLongBits(s) ^ sum[0];
                    };
                    AllPairs p = new AllPairs(e, lib, Block.all(lib.size()), e.minIdentical(t));
                    if (merged) p.run(th, sink);
                    else p.sorted(th, sink);
                    double wall = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - c0) / 1e9;
                    System.out.printf(
                            "%s %s: %,d pairs, %.3f s wall, %.3f s CPU (checksum %x %x), load %s%n",
                            r == 0 ? "warm-up" : "run " + r,
                            merged ? "merged (per-task sort, k-way merge)" : "sorted (collect, one sort)",
                            sum[0],
                            wall,
                            cpu,
                            sum[1],
                            sum[2],
                            load());
                }
            }
        }
    }

    private static String load() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
