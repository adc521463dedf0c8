package org.seedprint.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.matcher.index.LibraryIndex;
import org.seedprint.matcher.io.GenotypeTsvWriter;
import org.seedprint.matcher.profile.Library;

/**
 * Both jobs in local[2] on a 20,000-profile synthetic genebank give exactly what the
 * single-machine commands print: every pair and hit, every count, every class, in the same order.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterJobsTest {

    static final int PROFILES = 20_000, LOCI = 500;
    static final String[] THRESHOLDS = {"--min-similarity", "0.9", "--t-edv", "0.95"};

    Path dir;
    Path index;
    Path parquet;
    Path queries;
    String expectedPairs;

    @BeforeAll
    void genebank(@TempDir Path dir) throws IOException {
        this.dir = dir;
        Library lib = Genebank.of(PROFILES, LOCI, 40, 40, 42);
        index = dir.resolve("genebank.idx");
        LibraryIndex.write(lib, index);
        queries = dir.resolve("queries.tsv");
        writeQueries(lib, queries, 150, 30);
        expectedPairs = ok(Commands.matcher(concat(new String[] {"pairs", "--library", index.toString()}, THRESHOLDS)));
        parquet = dir.resolve("genebank.parquet");
        ok(Commands.cluster("export", "--library", index.toString(), "--block-rows", "7000", "-o", parquet.toString()));
    }

    @Test
    void pairsFromTheIndexAreTheSingleMachinePairs() throws IOException {
        // the data holds every class, and ties that only the ids break
        assertEquals(
                List.of("distinct", "edv-candidate", "inconclusive", "indistinct"),
                List.copyOf(classes(expectedPairs).keySet()));
        assertTrue(expectedPairs
                        .lines()
                        .skip(1)
                        .map(l -> l.split("\t")[2] + " " + l.split("\t")[5])
                        .distinct()
                        .count()
                < expectedPairs.lines().count() - 1);
        Path out = dir.resolve("pairs-from-index");
        ok(Commands.cluster(concat(
                new String[] {"pairs", "--library", index.toString(), "--block-rows", "3000", "-o", out.toString()},
                THRESHOLDS)));
        assertEquals(expectedPairs, Files.readString(out.resolve(PairsJob.TSV)));
    }

    @Test
    void pairsFromParquetAreTheSingleMachinePairs(SparkSession spark) throws IOException {
        Path out = dir.resolve("pairs-from-parquet");
        ok(Commands.cluster(concat(
                new String[] {"pairs", "--library", parquet.toString(), "--block-rows", "4096", "-o", out.toString()},
                THRESHOLDS)));
        assertEquals(expectedPairs, Files.readString(out.resolve(PairsJob.TSV)));
        // the Parquet table holds the same pairs with exact fractions
        List<String> table = spark.read().parquet(out.resolve(PairsJob.PARQUET).toString()).collectAsList().stream()
                .map(r -> String.join(
                        "\t",
                        r.getString(0),
                        r.getString(1),
                        "" + r.getInt(2),
                        "" + r.getInt(3),
                        "" + r.getInt(4),
                        String.format(java.util.Locale.ROOT, "%.4f", r.getDouble(5)),
                        r.getString(6),
                        String.format(java.util.Locale.ROOT, "%.4f", r.getDouble(7))))
                .sorted()
                .toList();
        assertEquals(expectedPairs.lines().skip(1).sorted().toList(), table);
    }

    @Test
    void screenGivesTheSingleMachineTopHits() throws IOException {
        screen(index, "--top", "5", "--exclude-self");
    }

    @Test
    void screenFromParquetGivesTheSingleMachineThresholdHits() throws IOException {
        screen(parquet, "--min-similarity", "0.9", "--t-edv", "0.95");
    }

    /** The cluster's screen of the queries against the library, against the single-machine match of the index. */
    void screen(Path library, String... options) throws IOException {
        String expected = ok(Commands.matcher(
                concat(new String[] {"match", "--library", index.toString(), "--query", queries.toString()}, options)));
        assertTrue(expected.lines().count() > 150, expected);
        Path out = dir.resolve("screen-" + String.join("", options).replace("-", ""));
        ok(Commands.cluster(concat(
                new String[] {
                    "screen",
                    "--library",
                    library.toString(),
                    "--query",
                    queries.toString(),
                    "--block-rows",
                    "6000",
                    "-o",
                    out.toString()
                },
                options)));
        assertEquals(expected, Files.readString(out.resolve(ScreenJob.TSV)));
    }

    static Map<String, Long> classes(String tsv) {
        return tsv.lines()
                .skip(1)
                .map(l -> l.split("\t")[6])
                .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
    }

    static String ok(Commands.Run run) {
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().count() > 1 || !run.out().isEmpty() || run.exit() == 0);
        return run.out();
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Candidates as a lab would send them: library rows with 4 % of loci redrawn, some with a
     * haplotype the library has never seen, plus exact library members (for --exclude-self).
     */
    static void writeQueries(Library lib, Path file, int candidates, int members) throws IOException {
        SplittableRandom rnd = new SplittableRandom(7);
        int m = lib.locusCount();
        try (Writer w = Files.newBufferedWriter(file)) {
            GenotypeTsvWriter tsv = new GenotypeTsvWriter(lib.panel(), w);
            for (int k = 0; k < candidates + members; k++) {
                int row = rnd.nextInt(lib.size());
                String id = k < candidates ? "Q" + (1000 + k) : lib.id(row);
                for (int l = 0; l < m; l++) {
                    int code = lib.code(row, l);
                    if (k < candidates && rnd.nextDouble() < 0.04)
                        code = 1 + rnd.nextInt(lib.dictionary().genotypeCount(l));
                    List<String> alleles = lib.dictionary().alleles(l, code);
                    if (k < candidates && k % 10 == 0 && l % 50 == 0) alleles = List.of("NOVEL" + l);
                    tsv.accept(id, l, alleles.toArray(String[]::new), null);
                }
            }
        }
    }
}
