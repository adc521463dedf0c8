package org.seedprint.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.seedprint.matcher.io.GenotypeFiles;
import org.seedprint.matcher.panel.BedReader;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

/**
 * Genotype calls per second of a reader into a {@link LibraryBuilder}: the file read {@code runs}
 * times in one JVM (the first ones warm up), wall time and the reading thread's CPU time of the best
 * run. Calls = samples x panel loci of the library built (docs/performance.md, "Reading").
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.seedprint.benchmarks.ReaderThroughput FILE PANEL.bed [RUNS]</pre>
 *
 * Set {@code -Dseedprint.bgzf.threads=1} to decompress BGZF on the reading thread only.
 */
public final class ReaderThroughput {

    private ReaderThroughput() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        MarkerPanel panel = BedReader.read(Path.of(args[1]), "panel", "1");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        GenotypeFiles.Format format = GenotypeFiles.detect(file);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double bestWall = Double.MAX_VALUE, bestCpu = Double.MAX_VALUE, bestProcess = Double.MAX_VALUE;
        long calls = 0;
        for (int r = 0; r < runs; r++) {
            long cpu0 = mx.getCurrentThreadCpuTime(), p0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            LibraryBuilder builder = new LibraryBuilder(panel);
            GenotypeFiles.read(file, file.toString(), format, panel, builder);
            Library lib = builder.build();
            double wall = (System.nanoTime() - t0) / 1e9, cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double process = (os.getProcessCpuTime() - p0) / 1e9;
            bestProcess = Math.min(bestProcess, process);
            calls = (long) lib.size() * lib.locusCount();
            bestWall = Math.min(bestWall, wall);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf(
                    "run %d: %.3f s wall, %.3f s reading-thread CPU, %.3f s process CPU%n", r + 1, wall, cpu, process);
        }
        System.out.printf(
                "%s (%s): %,d calls; best run %.1f M calls/s wall, %.1f M per reading-thread CPU second,"
                        + " %.1f M per process CPU second (all threads: inflate, GC, JIT)%n",
                file.getFileName(),
                format,
                calls,
                calls / bestWall / 1e6,
                calls / bestCpu / 1e6,
                calls / bestProcess / 1e6);
    }
}
