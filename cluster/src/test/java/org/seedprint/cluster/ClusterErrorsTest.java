package org.seedprint.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.benchmarks.SyntheticLibrary;
import org.seedprint.matcher.index.LibraryIndex;

/**
 * Bad input ends a job with exit code 2 and a message naming the dataset, the field and the
 * profile, and leaves no output directory behind (not even an unfinished one).
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterErrorsTest {

    Path dir = Path.of("");
    Path index = dir;
    Path parquet = dir;
    SparkSession spark;

    ClusterErrorsTest(SparkSession spark) {
        this.spark = spark;
    }

    @BeforeAll
    void library(@TempDir Path dir) throws IOException {
        this.dir = dir;
        index = dir.resolve("small.idx");
        LibraryIndex.write(SyntheticLibrary.generate(60, 40, 3), index);
        parquet = dir.resolve("small.parquet");
        assertEquals(
                0,
                Commands.cluster("export", "--library", index.toString(), "-o", parquet.toString())
                        .exit());
    }

    @Test
    void aTextFileIsNeitherAnIndexNorADataset() throws IOException {
        Path text = Files.writeString(dir.resolve("genotypes.txt"), "sample\tlocus\talleles\tdepths\n");
        fails("neither a matcher index", "pairs", "--library", text.toString());
    }

    @Test
    void aMissingLibraryIsNamed() {
        fails(
                "no such file: " + dir.resolve("nowhere.idx"),
                "pairs",
                "--library",
                dir.resolve("nowhere.idx").toString());
    }

    @Test
    void aDirectoryWithoutTheTablesIsNotADataset() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty.parquet"));
        fails("no profiles/ table", "pairs", "--library", empty.toString());
    }

    @Test
    void codesOfTheWrongLengthNameTheProfile() {
        Path bad = corrupt("short-codes", r -> with(r, 5, Arrays.copyOf((byte[]) r.get(5), 8)));
        fails(
                "[codes]: profile V1000007: 8 bytes, expected 24 (40 loci x 4 bits in 8-byte words)",
                "pairs",
                "--library",
                bad.toString());
    }

    @Test
    void aCodeNoGenotypeHasNamesTheProfile() {
        Path bad = corrupt("unknown-code", r -> with(r, 5, fill((byte[]) r.get(5), (byte) 0xEE)));
        fails(
                "[codes]: profile V1000007 has a code not in the dictionary",
                "screen",
                "--library",
                bad.toString(),
                "--query",
                index.toString());
    }

    @Test
    void aDuplicateIdIsNamed() {
        Path bad = corrupt("duplicate-id", r -> with(r, 1, "V1000003"));
        fails("[id]: duplicate profile id V1000003", "pairs", "--library", bad.toString());
    }

    @Test
    void aProfileOnAnotherPanelIsNamed() {
        Path bad = corrupt("other-panel", r -> with(r, 3, "2"));
        fails("[panel]: profile V1000007 is on panel synthetic v2", "pairs", "--library", bad.toString());
    }

    @Test
    void aMissingColumnIsNamed() {
        Path bad = withProfiles("no-code-bits", profiles().drop("code_bits"));
        fails("[code_bits]: missing column (expected int)", "pairs", "--library", bad.toString());
    }

    @Test
    void queriesOnAnotherPanelAreRefused() throws IOException {
        Path other = dir.resolve("other-panel.idx");
        LibraryIndex.write(SyntheticLibrary.generate(20, 41, 3), other);
        fails(
                "queries are on synthetic v1 (41 loci)",
                "screen",
                "--library",
                index.toString(),
                "--query",
                other.toString());
    }

    @Test
    void anExistingOutputIsLeftAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("mine.txt"), "keep me");
        Commands.Run run = Commands.cluster("pairs", "--library", index.toString(), "-o", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("the output directory exists already"), run.err());
        assertEquals(List.of("mine.txt"), list(out));
        assertEquals("keep me", Files.readString(out.resolve("mine.txt")));
    }

    @Test
    void nonsenseOptionsAreRefused() {
        fails("--block-rows must be >= 1", "pairs", "--library", index.toString(), "--block-rows", "0");
        fails("--top must be >= 1", "screen", "--library", index.toString(), "--query", index.toString(), "--top", "0");
        fails("--crop NOPE: no default thresholds", "pairs", "--library", index.toString(), "--crop", "NOPE");
    }

    /** The job fails with exit 2 and the message, and writes nothing at all next to its output. */
    void fails(String message, String... args) {
        Path parent = dir.resolve("out-" + Integer.toHexString(Arrays.hashCode(args)));
        Path out = parent.resolve("result");
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "-o";
        all[args.length + 1] = out.toString();
        Commands.Run run = Commands.cluster(all);
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("seedprint-cluster: ") && run.err().contains(message), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertEquals(List.of(), Files.isDirectory(parent) ? list(parent) : List.of());
    }

    /** A copy of the small dataset with its profile row 7 changed (rows in any order, as Spark writes them). */
    Path corrupt(String name, Function<Row, Row> seventh) {
        Dataset<Row> profiles = profiles();
        Function<Row, Row> change = r -> r.getInt(0) == 7 ? seventh.call(r) : r;
        return withProfiles(name, spark.createDataFrame(profiles.javaRDD().map(change), profiles.schema()));
    }

    Dataset<Row> profiles() {
        return spark.read().parquet(parquet.resolve("profiles").toString());
    }

    /** A dataset of these profiles and the small library's loci. */
    Path withProfiles(String name, Dataset<Row> profiles) {
        Path bad = dir.resolve(name + ".parquet");
        profiles.write().parquet(bad.resolve("profiles").toString());
        spark.read()
                .parquet(parquet.resolve("loci").toString())
                .write()
                .parquet(bad.resolve("loci").toString());
        return bad;
    }

    static Row with(Row r, int field, Object value) {
        Object[] values = new Object[r.size()];
        for (int k = 0; k < values.length; k++) values[k] = k == field ? value : r.get(k);
        return RowFactory.create(values);
    }

    static byte[] fill(byte[] codes, byte value) {
        byte[] out = codes.clone();
        Arrays.fill(out, value);
        return out;
    }

    static List<String> list(Path d) {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
