package org.seedprint.cluster;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Many queries (a batch of candidates, or all protected varieties) against a library, with the
 * hits of the single-machine {@code match} command: each task screens one block of queries in one
 * block of the library, and Spark merges each query's best hits over all library blocks. Writes
 * {@code hits.parquet} and {@code hits.tsv} (the single-machine output) into {@code -o DIR}.
 *
 * <pre>spark-submit --class org.seedprint.cluster.ScreenJob seedprint-cluster-jobs.jar --library L --query Q -o DIR</pre>
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = "Every query against the library: the best hits (--top) or all above a threshold, on Spark.")
public final class ScreenJob implements Callable<Integer> {

    static final String PARQUET = "hits.parquet";
    static final String TSV = "hits.tsv";

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
            names = "--query",
            required = true,
            paramLabel = "PATH",
            description =
                    "queries: an index, a Parquet library dataset, or genotypes (TSV, VCF/BCF, HapMap) on the library's panel")
    String query = "";

    @Option(
            names = "--top",
            paramLabel = "K",
            description = "hits per query (default 10; with --min-similarity, no limit unless given)")
    @Nullable
    Integer top;

    @Option(names = "--min-similarity", paramLabel = "T", description = "only hits with similarity >= T")
    @Nullable
    Double minSimilarity;

    @Option(names = "--exclude-self", description = "drop hits with the query's own id")
    boolean excludeSelf;

    public static void main(String[] args) {
        System.exit(ClusterCli.run(ClusterCli.configure(new CommandLine(new ScreenJob())), args));
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Scoring scoring = scoringOptions.scoring();
        ScreenLimits limits = ScreenLimits.of(top, minSimilarity, excludeSelf);
        SparkSession spark = Sessions.get("screen", job.master);
        long t0 = System.nanoTime();
        double session = (t0 - start) / 1e9;
        try (OutputDir out = OutputDir.create(spark, job.output)) {
            BlockedLibrary lib = LibraryInput.library(spark, library, job.blockRows());
            BlockedLibrary queries =
                    LibraryInput.queries(spark, query, lib.panel().open().panel(), job.blockRows());
            BlockPlan.Rectangle plan = new BlockPlan.Rectangle(queries.blockCount(), lib.blockCount());
            Broadcast<PanelDictionary> libraryPanel = Broadcasts.of(spark, lib.panel());
            Broadcast<PanelDictionary> queryPanel = Broadcasts.of(spark, queries.panel());
            JavaRDD<Row> found = BlockTasks.rectangle(queries.blocks(), lib.blocks(), plan)
                    .flatMap(task -> BlockComparisons.screen(
                                    libraryPanel.value(),
                                    queryPanel.value(),
                                    scoring,
                                    limits,
                                    task.left(),
                                    Objects.requireNonNull(task.right()))
                            .iterator());
            Column[] best = {col("similarity").desc(), col("compared").desc(), col("hit_rank")};
            // a query's best k over all library blocks; hash-partitioned by query first, so the window needs no other
            // shuffle
            BiFunction<Dataset<Row>, Integer, Dataset<Row>> keep = limits.limit() == Integer.MAX_VALUE
                    ? (hits, k) -> hits
                    : (hits, k) -> hits.repartition(k, col("query_row"))
                            .withColumn(
                                    "k",
                                    row_number()
                                            .over(Window.partitionBy("query_row")
                                                    .orderBy(best)))
                            .filter(col("k").leq(limits.limit()));
            Column[] order = {col("query_row"), best[0], best[1], best[2]};
            try (SortedResults hits =
                    new SortedResults(spark, found, ResultSchemas.HITS, keep, order, ResultSchemas.HIT_COLUMNS)) {
                hits.writeParquet(out.path(PARQUET));
                try (Writer tsv = out.text(TSV)) {
                    Tsv.header(tsv, ResultSchemas.HIT_COLUMNS);
                    hits.forEach(r -> Tsv.line(tsv, r, ResultSchemas.HIT_COLUMNS.size()));
                }
                out.commit();
                report(lib, queries, plan, hits.count(), session, t0, out.target());
            }
        }
        return 0;
    }

    private void report(
            BlockedLibrary lib,
            BlockedLibrary queries,
            BlockPlan plan,
            long hits,
            double session,
            long t0,
            String target) {
        if (spec == null) return;
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                "screen: %d queries in %d blocks x %d profiles on %s in %d blocks of %d: %d tasks, %d hits in %.1f s (after a %.1f s Spark start); wrote %s%n",
                queries.size(),
                queries.blockCount(),
                lib.size(),
                lib.panel().describe(),
                lib.blockCount(),
                lib.blockRows(),
                plan.tasks(),
                hits,
                (System.nanoTime() - t0) / 1e9,
                session,
                target);
        err.flush();
    }
}
