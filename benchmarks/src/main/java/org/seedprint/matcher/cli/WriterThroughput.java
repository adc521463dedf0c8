package org.seedprint.matcher.cli;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.seedprint.matcher.engine.Classification;

/**
 * Result lines per second of {@link ResultWriter} alone (docs/performance.md, "Writing"): pair lines
 * as {@code pairs} writes them, into a discarding stream, TSV and JSON, best of several runs. In the
 * CLI's package (a benchmark of a package-private class; on the class path the two jars share it).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.seedprint.matcher.cli.WriterThroughput [LINES]</pre>
 */
public final class WriterThroughput {

    private WriterThroughput() {}

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int ids = 5_000;
        for (OutputFormat format : OutputFormat.values()) {
            double best = Double.MAX_VALUE, bestCpu = Double.MAX_VALUE;
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            for (int run = 0; run < 6; run++) {
                long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
                try (ResultWriter out =
                        new ResultWriter(OutputStream.nullOutputStream(), format, PairsCommand.COLUMNS)) {
                    Ids names = new Ids(ids, i -> "S" + i, out.isJson());
                    for (int k = 0; k < lines; k++) {
                        int a = k % ids, b = (k * 7 + 1) % ids, compared = 900 + k % 100, identical = compared - k % 97;
                        out.id(names.of(a))
                                .id(names.of(b))
                                .integer(compared)
                                .integer(identical)
                                .integer(compared - identical)
                                .ratio(identical, compared)
                                .label(Classification.DISTINCT)
                                .decimal(identical / (double) compared + 0.01)
                                .end();
                    }
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
            }
            System.out.printf(
                    "%s: %,d lines, best %.3f s wall = %.1f million lines/s; %.3f s CPU = %.1f million lines per CPU second%n",
                    format, lines, best, lines / best / 1e6, bestCpu, lines / bestCpu / 1e6);
        }
    }
}
