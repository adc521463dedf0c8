package org.seedprint.cluster;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A library as a Parquet dataset: a directory with two tables (columns in docs/cluster.md).
 * <ul>
 *   <li>{@code profiles/}, one row per profile: {@code row} (its position in the library,
 *       0..n-1), {@code id}, {@code panel}, {@code panel_version}, {@code code_bits} (2, 4, 8 or 16)
 *       and {@code codes}: the genotype codes in panel order, locus {@code l} in bits
 *       {@code [l * code_bits, (l + 1) * code_bits)} of the little-endian bit string, zero-padded to
 *       whole 8-byte words (the matcher's {@link CodeMatrix} row as it is);</li>
 *   <li>{@code loci/}, one row per locus: {@code locus} (0..m-1), {@code id}, {@code chrom},
 *       {@code start}, {@code end} (BED: 0-based, half-open), {@code panel}, {@code panel_version}
 *       and {@code genotypes}: the allele sets of codes 1, 2, ... (0 is missing).</li>
 * </ul>
 */
final class ParquetLibrary {

    static final String PROFILES = "profiles";
    static final String LOCI = "loci";

    static final StructType PROFILE_SCHEMA = createStructType(List.of(
            createStructField("row", IntegerType, false),
            createStructField("id", StringType, false),
            createStructField("panel", StringType, false),
            createStructField("panel_version", StringType, false),
            createStructField("code_bits", IntegerType, false),
            createStructField("codes", BinaryType, false)));

    static final StructType LOCUS_SCHEMA = createStructType(List.of(
            createStructField("locus", IntegerType, false),
            createStructField("id", StringType, false),
            createStructField("chrom", StringType, false),
            createStructField("start", IntegerType, false),
            createStructField("end", IntegerType, false),
            createStructField("panel", StringType, false),
            createStructField("panel_version", StringType, false),
            createStructField("genotypes", createArrayType(createArrayType(StringType, false), false), false)));

    /** The profile columns the driver reads. */
    private static final String[] HEAD = {"row", "id", "code_bits"};

    private ParquetLibrary() {}

    /** Writes the blocks' profiles (one Parquet file per block) and the panel under {@code dir}. */
    static void write(SparkSession spark, BlockedLibrary lib, String dir) {
        PanelDictionary panel = lib.panel();
        int wpr = panel.wordsPerRow();
        JavaRDD<Row> rows = lib.blocks().flatMap(b -> {
            List<Row> out = new ArrayList<>(b.size());
            for (int r = 0; r < b.size(); r++) {
                ByteBuffer codes = ByteBuffer.allocate(8 * wpr).order(ByteOrder.LITTLE_ENDIAN);
                codes.asLongBuffer().put(b.words(), r * wpr, wpr);
                out.add(RowFactory.create(
                        b.firstRow() + r,
                        b.ids()[r],
                        panel.panelName(),
                        panel.panelVersion(),
                        panel.bits(),
                        codes.array()));
            }
            return out.iterator();
        });
        spark.createDataFrame(rows, PROFILE_SCHEMA).write().parquet(dir + "/" + PROFILES);
        List<Row> loci = new ArrayList<>(panel.locusCount());
        for (int l = 0; l < panel.locusCount(); l++) {
            List<List<String>> sets = new ArrayList<>();
            for (String[] set : panel.genotypes()[l]) sets.add(Arrays.asList(set));
            loci.add(RowFactory.create(
                    l,
                    panel.locusIds()[l],
                    panel.chroms()[l],
                    panel.starts()[l],
                    panel.ends()[l],
                    panel.panelName(),
                    panel.panelVersion(),
                    sets));
        }
        spark.createDataFrame(loci, LOCUS_SCHEMA).coalesce(1).write().parquet(dir + "/" + LOCI);
    }

    /**
     * Reads the dataset at {@code dir} (any Hadoop file system) into blocks of {@code blockRows}.
     * The driver reads the loci and every profile's row, id and code width (small next to the
     * codes) and checks them; the executors read the codes and check each profile's.
     */
    static BlockedLibrary read(SparkSession spark, String dir, int blockRows) throws InputFormatException {
        String profilesPath = dir + "/" + PROFILES, lociPath = dir + "/" + LOCI;
        Dataset<Row> profiles = checked(spark.read().parquet(profilesPath), profilesPath, PROFILE_SCHEMA);
        List<Row> heads = profiles.select(HEAD[0], HEAD[1], HEAD[2]).collectAsList();
        int n = heads.size();
        if (n == 0) throw new InputFormatException(profilesPath, 0, "row", "no profiles");
        for (Row r : heads) notNull(r, HEAD, profilesPath, "a profile");
        int bits = heads.get(0).getInt(2);
        PanelDictionary panel = panel(lociPath, checked(spark.read().parquet(lociPath), lociPath, LOCUS_SCHEMA), bits);
        String[] idOfRow = new String[n];
        for (Row r : heads) {
            int row = r.getInt(0);
            String id = r.getString(1);
            if (row < 0 || row >= n)
                throw new InputFormatException(
                        profilesPath, 0, "row", "profile " + id + ": row " + row + " outside 0.." + (n - 1));
            if (idOfRow[row] != null)
                throw new InputFormatException(
                        profilesPath, 0, "row", "row " + row + " twice (" + idOfRow[row] + ", " + id + ")");
            if (id.isBlank()) throw new InputFormatException(profilesPath, 0, "id", "row " + row + ": blank id");
            if (r.getInt(2) != bits)
                throw new InputFormatException(
                        profilesPath, 0, "code_bits", "profile " + id + ": " + r.getInt(2) + " bits, others " + bits);
            idOfRow[row] = id;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<int[]> ranks = jsc.broadcast(IdRanks.of(idOfRow, profilesPath));
        int blocks = (n + blockRows - 1) / blockRows;
        JavaRDD<ProfileBlock> rdd = profiles.javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getInt(0) / blockRows, r))
                .groupByKey(blocks)
                .map(group -> block(group, blockRows, n, panel, ranks.value(), profilesPath));
        return new BlockedLibrary(dir, panel, n, blockRows, rdd);
    }

    private static ProfileBlock block(
            Tuple2<Integer, Iterable<Row>> group,
            int blockRows,
            int n,
            PanelDictionary panel,
            int[] ranks,
            String source)
            throws InputFormatException {
        int index = group._1();
        int first = index * blockRows, size = Math.min(blockRows, n - first);
        int wpr = panel.wordsPerRow();
        String[] ids = new String[size];
        int[] idRanks = new int[size];
        long[] words = new long[size * wpr];
        for (Row r : group._2()) {
            int k = r.getInt(0) - first;
            String id = r.getString(1);
            notNull(r, PROFILE_SCHEMA.fieldNames(), source, "profile " + id);
            if (!r.getString(2).equals(panel.panelName()) || !r.getString(3).equals(panel.panelVersion())) {
                throw new InputFormatException(
                        source,
                        0,
                        "panel",
                        "profile " + id + " is on panel " + r.getString(2) + " v" + r.getString(3)
                                + ", the loci table on " + panel.describe());
            }
            byte[] codes = (byte[]) r.get(5);
            if (codes.length != 8 * wpr) {
                throw new InputFormatException(
                        source,
                        0,
                        "codes",
                        "profile " + id + ": " + codes.length + " bytes, expected " + 8 * wpr + " ("
                                + panel.locusCount() + " loci x " + panel.bits() + " bits in 8-byte words)");
            }
            ByteBuffer.wrap(codes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(words, k * wpr, wpr);
            ids[k] = id;
            idRanks[k] = ranks[first + k];
        }
        Codebook book = panel.open();
        Library rows;
        try {
            // checks every code against its locus's genotypes, and computes the QC the tasks then reuse
            rows = Library.of(
                    book.panel(),
                    book.dictionary(),
                    ids,
                    CodeMatrix.wrap(panel.bits(), size, panel.locusCount(), words));
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, "codes", String.valueOf(e.getMessage()));
        }
        return ProfileBlock.of(rows, index, first, idRanks);
    }

    /** The panel and dictionary of the loci table; the profiles' codes take {@code bits} each. */
    private static PanelDictionary panel(String source, Dataset<Row> table, int bits) throws InputFormatException {
        List<Row> rows = table.collectAsList();
        int m = rows.size();
        if (m == 0) throw new InputFormatException(source, 0, "locus", "no loci");
        String[] ids = new String[m], chroms = new String[m];
        int[] starts = new int[m], ends = new int[m];
        String[][][] genotypes = new String[m][][];
        String name = String.valueOf(rows.get(0).get(5)),
                version = String.valueOf(rows.get(0).get(6));
        int maxGenotypes = 0;
        for (Row r : rows) {
            notNull(r, LOCUS_SCHEMA.fieldNames(), source, "a locus");
            int l = r.getInt(0);
            if (l < 0 || l >= m)
                throw new InputFormatException(source, 0, "locus", "locus " + l + " outside 0.." + (m - 1));
            if (ids[l] != null) throw new InputFormatException(source, 0, "locus", "locus " + l + " twice");
            if (!r.getString(5).equals(name) || !r.getString(6).equals(version)) {
                throw new InputFormatException(
                        source,
                        0,
                        "panel",
                        "loci of two panels: " + name + " v" + version + " and " + r.getString(5) + " v"
                                + r.getString(6));
            }
            ids[l] = r.getString(1);
            chroms[l] = r.getString(2);
            starts[l] = r.getInt(3);
            ends[l] = r.getInt(4);
            // Spark hands the outer array over as a java.util.List, the inner ones as Scala sequences
            List<scala.collection.Seq<String>> sets = r.getList(7);
            genotypes[l] = new String[sets.size()][];
            for (int c = 0; c < sets.size(); c++)
                genotypes[l][c] = CollectionConverters.asJava(sets.get(c)).toArray(String[]::new);
            maxGenotypes = Math.max(maxGenotypes, sets.size());
        }
        if (bits != 2 && bits != 4 && bits != 8 && bits != 16)
            throw new InputFormatException(source, 0, "code_bits", bits + " bits per code (2, 4, 8 or 16)");
        if (CodeMatrix.bitsFor(maxGenotypes) > bits) {
            throw new InputFormatException(
                    source,
                    0,
                    "code_bits",
                    "a locus has " + maxGenotypes + " genotypes, more than " + bits + " bits hold");
        }
        PanelDictionary panel = new PanelDictionary(name, version, ids, chroms, starts, ends, genotypes, bits);
        try {
            panel.open();
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, "loci", String.valueOf(e.getMessage()));
        }
        return panel;
    }

    /** The table's columns of {@code schema}, in its order (extra columns are ignored), or an error naming the one missing. */
    private static Dataset<Row> checked(Dataset<Row> table, String source, StructType schema)
            throws InputFormatException {
        StructType actual = table.schema();
        List<String> names = Arrays.asList(actual.fieldNames());
        for (StructField f : schema.fields()) {
            int at = names.indexOf(f.name());
            if (at < 0) {
                throw new InputFormatException(
                        source,
                        0,
                        f.name(),
                        "missing column (expected " + f.dataType().simpleString() + ")");
            }
            if (!actual.fields()[at].dataType().sameType(f.dataType())) {
                throw new InputFormatException(
                        source,
                        0,
                        f.name(),
                        "column is " + actual.fields()[at].dataType().simpleString() + ", expected "
                                + f.dataType().simpleString());
            }
        }
        return table.select(Arrays.stream(schema.fieldNames()).map(table::col).toArray(Column[]::new));
    }

    /** Every column is required: a null names its column and where it is. */
    private static void notNull(Row r, String[] columns, String source, String where) throws InputFormatException {
        for (int k = 0; k < r.size(); k++) {
            if (r.isNullAt(k)) throw new InputFormatException(source, 0, columns[k], where + ": null value");
        }
    }
}
