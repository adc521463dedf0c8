package org.seedprint.cluster;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.engine.Thresholds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * All pairs of a library at or above a similarity threshold, as the single-machine {@code pairs}
 * command finds them (same pairs, counts, classes and order), computed block pair by block pair:
 * the library is cut into blocks of {@code --block-rows} profiles, and block i x block j for
 * i <= j is one Spark task. Writes {@code pairs.parquet}, {@code pairs.tsv} (the single-machine
 * output) and {@code pairs-map.jsonl} (for the registry's close-pair map) into {@code -o DIR}.
 *
 * <pre>spark-submit --class org.seedprint.cluster.PairsJob seedprint-cluster-jobs.jar --library L -o DIR</pre>
 */
@Command(
        name = "pairs",
        mixinStandardHelpOptions = true,
        description = "All pairs of library profiles with similarity at or above a threshold, best first, on Spark.")
public final class PairsJob implements Callable<Integer> {

    static final String PARQUET = "pairs.parquet";
    static final String TSV = "pairs.tsv";
    static final String MAP = "pairs-map.jsonl";

    @Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Mixin
    ScoringOptions scoringOptions = new ScoringOptions();

    @Mixin
    JobOptions job = new JobOptions();

    @Option(
            names = "--library",
            required = true,
            paramLabel = "PATH",
            description = "a matcher index file, or a Parquet library dataset (./seedprint cluster export)")
    String library = "";

    @Option(
            names = "--min-similarity",
            defaultValue = "0.9",
            paramLabel = "T",
            description = "similarity threshold (default: ${DEFAULT-VALUE})")
    double minSimilarity;

    public static void main(String[] args) {
        System.exit(ClusterCli.run(ClusterCli.configure(new CommandLine(new PairsJob())), args));
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Scoring scoring = scoringOptions.scoring();
        Thresholds thresholds = scoring.thresholds();
        double t = minSimilarity;
        SparkSession spark = Sessions.get("pairs", job.master);
        long t0 = System.nanoTime();
        double session = (t0 - start) / 1e9;
        try (OutputDir out = OutputDir.create(spark, job.output)) {
            BlockedLibrary lib = LibraryInput.library(spark, library, job.blockRows());
            BlockPlan.Triangle plan = new BlockPlan.Triangle(lib.blockCount());
            Broadcast<PanelDictionary> panel = Broadcasts.of(spark, lib.panel());
            JavaRDD<Row> found = BlockTasks.triangle(lib.blocks(), plan)
                    .flatMap(task -> BlockComparisons.pairs(panel.value(), scoring, t, task.left(), task.right())
                            .iterator());
            Column[] best = {col("similarity").desc(), col("compared").desc(), col("first_rank"), col("second_rank")};
            try (SortedResults pairs = new SortedResults(
                    spark, found, ResultSchemas.PAIRS, (rows, k) -> rows, best, ResultSchemas.PAIR_COLUMNS)) {
                pairs.writeParquet(out.path(PARQUET));
                PairsMapFile map = new PairsMapFile(
                        lib, minSimilarity, thresholds, pairs.count(), (System.nanoTime() - t0) / 1_000_000);
                try (Writer tsv = out.text(TSV);
                        Writer json = out.text(MAP)) {
                    Tsv.header(tsv, ResultSchemas.PAIR_COLUMNS);
                    map.writeHeader(json);
                    pairs.forEach(r -> {
                        Tsv.line(tsv, r, ResultSchemas.PAIR_COLUMNS.size());
                        map.writePair(json, r);
                    });
                }
                out.commit();
                report(lib, plan, pairs.count(), session, t0, out.target());
            }
        }
        return 0;
    }

    private void report(BlockedLibrary lib, BlockPlan plan, long pairs, double session, long t0, String target) {
        if (spec == null) return;
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                "pairs: %d profiles on %s in %d blocks of %d: %d block-pair tasks, %d pairs >= %s in %.1f s (after a %.1f s Spark start); wrote %s%n",
                lib.size(),
                lib.panel().describe(),
                lib.blockCount(),
                lib.blockRows(),
                plan.tasks(),
                pairs,
                minSimilarity,
                (System.nanoTime() - t0) / 1e9,
                session,
                target);
        err.flush();
    }
}
