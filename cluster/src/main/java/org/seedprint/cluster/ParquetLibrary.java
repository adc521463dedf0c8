package org.seedprint.cluster;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
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
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A library as a Parquet dataset, a directory with two tables:
 * <ul>
 *   <li>{@code profiles/}: one row per profile: {@code row} (its position in the library, 0..n-1),
 *       {@code id}, {@code panel} and {@code panel_version}, and {@code codes}: the genotype code of
 *       every locus in panel order, one byte each, or two (little-endian) when some locus has more
 *       than 254 genotypes;</li>
 *   <li>{@code loci/}: one row per locus of the panel: {@code locus} (0..m-1), {@code id},
 *       {@code chrom}, {@code start}, {@code end} (BED, 0-based half-open), {@code panel},
 *       {@code panel_version}, and {@code genotypes}: the allele set of code 1, 2, ... (code 0 is
 *       missing).</li>
 * </ul>
 * Parquet compresses the codes (8 genotypes per locus take about 3 bits each).
 */
final class ParquetLibrary {

    static final String PROFILES = "profiles";
    static final String LOCI = "loci";

    static final StructType PROFILE_SCHEMA = createStructType(List.of(
            createStructField("row", IntegerType, false),
            createStructField("id", StringType, false),
            createStructField("panel", StringType, false),
            createStructField("panel_version", StringType, false),
            createStructField("codes", BinaryType, false)));

    static final StructType LOCUS_SCHEMA = createStructType(List.of(
            createStructField("locus", IntegerType, false),
            createStructField("id", StringType, false),
            createStructField("chrom", StringType, false),
            createStructField("start", IntegerType, false),
            createStructField("end", IntegerType, false),
            createStructField("panel", StringType, false),
            createStructField("panel_version", StringType, false),
            createStructField(
                    "genotypes", createArrayType(createArrayType(StringType, false), false), false)));

    private ParquetLibrary() {}

    /** Writes the blocks' profiles and the panel as the two tables under {@code dir}. */
    static void write(SparkSession spark, BlockedLibrary lib, String dir) {
        PanelDictionary panel = lib.panel();
        int m = panel.locusCount();
        int width = panel.codeBytes() * m;
        JavaRDD<Row> rows = lib.blocks().flatMap(b -> {
            List<Row> out = new ArrayList<>(b.size());
            for (int r = 0; r < b.size(); r++) {
                byte[] codes = Arrays.copyOfRange(b.codes(), r * width, (r + 1) * width);
                out.add(RowFactory.create(
                        b.firstRow() + r, b.ids()[r], panel.panelName(), panel.panelVersion(), codes));
            }
            return out.iterator();
        });
        spark.createDataFrame(rows, PROFILE_SCHEMA).write().parquet(dir + "/" + PROFILES);
        List<Row> loci = new ArrayList<>(m);
        for (int l = 0; l < m; l++) {
            loci.add(RowFactory.create(
                    l,
                    panel.locusIds()[l],
                    panel.chroms()[l],
                    panel.starts()[l],
                    panel.ends()[l],
                    panel.panelName(),
                    panel.panelVersion(),
                    Arrays.asList(panel.genotypes()[l]).stream().map(Arrays::asList).toList()));
        }
        spark.createDataFrame(loci, LOCUS_SCHEMA).coalesce(1).write().parquet(dir + "/" + LOCI);
    }

    /** Reads the dataset at {@code dir} (any Hadoop file system) into blocks of {@code blockRows}. */
    static BlockedLibrary read(SparkSession spark, String dir, int blockRows) throws InputFormatException {
        String profilesPath = dir + "/" + PROFILES, lociPath = dir + "/" + LOCI;
        PanelDictionary panel = panel(lociPath, checked(spark.read().parquet(lociPath), lociPath, LOCUS_SCHEMA));
        Dataset<Row> profiles = checked(spark.read().parquet(profilesPath), profilesPath, PROFILE_SCHEMA);
        List<Row> ids = profiles.select("row", "id").collectAsList();
        int n = ids.size();
        if (n == 0) throw new InputFormatException(profilesPath, 0, "row", "no profiles");
        String[] idOfRow = new String[n];
        for (Row r : ids) {
            notNull(r, profilesPath, "a profile");
            int row = r.getInt(0);
            String id = r.getString(1);
            if (row < 0 || row >= n)
                throw new InputFormatException(profilesPath, 0, "row", "profile " + id + ": row " + row + " outside 0.." + (n - 1));
            if (idOfRow[row] != null)
                throw new InputFormatException(profilesPath, 0, "row", "row " + row + " twice (" + idOfRow[row] + ", " + id + ")");
            if (id.isBlank()) throw new InputFormatException(profilesPath, 0, "id", "row " + row + ": blank id");
            idOfRow[row] = id;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<int[]> ranks = jsc.broadcast(IdRanks.of(idOfRow, profilesPath));
        int blocks = (n + blockRows - 1) / blockRows;
        JavaRDD<Block> rdd = profiles.javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getInt(0) / blockRows, r))
                .groupByKey(blocks)
                .map(group -> block(group, blockRows, n, panel, ranks.value(), profilesPath));
        return new BlockedLibrary(dir, panel, n, blockRows, rdd);
    }

    private static Block block(
            Tuple2<Integer, Iterable<Row>> group, int blockRows, int n, PanelDictionary panel, int[] ranks, String source)
            throws InputFormatException {
        int index = group._1();
        int first = index * blockRows, size = Math.min(blockRows, n - first);
        int m = panel.locusCount(), width = panel.codeBytes() * m;
        String[] ids = new String[size];
        int[] idRanks = new int[size];
        byte[] codes = new byte[size * width];
        for (Row r : group._2()) {
            int k = r.getInt(0) - first;
            String id = r.getString(1);
            notNull(r, source, "profile " + id);
            if (!r.getString(2).equals(panel.panelName()) || !r.getString(3).equals(panel.panelVersion())) {
                throw new InputFormatException(source, 0, "panel", "profile " + id + " is on panel " + r.getString(2)
                        + " v" + r.getString(3) + ", the loci table on " + panel.describe());
            }
            byte[] c = (byte[]) r.get(4);
            if (c.length != width) {
                throw new InputFormatException(source, 0, "codes", "profile " + id + ": " + c.length + " bytes, expected "
                        + width + " (" + m + " loci x " + panel.codeBytes() + ")");
            }
            checkCodes(panel, id, c, source);
            ids[k] = id;
            idRanks[k] = ranks[first + k];
            System.arraycopy(c, 0, codes, k * width, width);
        }
        return new Block(index, first, ids, idRanks, codes);
    }

    private static void checkCodes(PanelDictionary panel, String id, byte[] c, String source) throws InputFormatException {
        String[][][] g = panel.genotypes();
        for (int l = 0; l < g.length; l++) {
            int code = panel.codeBytes() == 1 ? c[l] & 0xFF : (c[2 * l] & 0xFF) | (c[2 * l + 1] & 0xFF) << 8;
            if (code > g[l].length) {
                throw new InputFormatException(source, 0, "codes", "profile " + id + ": code " + code + " at locus "
                        + panel.locusIds()[l] + ", which has " + g[l].length + " genotypes");
            }
        }
    }

    private static PanelDictionary panel(String source, Dataset<Row> lociTable) throws InputFormatException {
        List<Row> rows = lociTable.collectAsList();
        int m = rows.size();
        if (m == 0) throw new InputFormatException(source, 0, "locus", "no loci");
        String[] ids = new String[m], chroms = new String[m];
        int[] starts = new int[m], ends = new int[m];
        String[][][] genotypes = new String[m][][];
        String name = rows.get(0).getString(5), version = rows.get(0).getString(6);
        int maxGenotypes = 0;
        for (Row r : rows) {
            notNull(r, source, "a locus");
            int l = r.getInt(0);
            if (l < 0 || l >= m) throw new InputFormatException(source, 0, "locus", "locus " + l + " outside 0.." + (m - 1));
            if (ids[l] != null) throw new InputFormatException(source, 0, "locus", "locus " + l + " twice");
            if (!r.getString(5).equals(name) || !r.getString(6).equals(version))
                throw new InputFormatException(source, 0, "panel", "loci of two panels: " + name + " v" + version
                        + " and " + r.getString(5) + " v" + r.getString(6));
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
        PanelDictionary panel = new PanelDictionary(
                name, version, ids, chroms, starts, ends, genotypes, maxGenotypes > 254 ? 2 : 1);
        try {
            panel.panel();
            panel.dictionary();
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, "loci", e.getMessage());
        }
        return panel;
    }

    /** The table's columns of {@code schema}, in its order (extra columns are ignored), or an error naming the one missing. */
    private static Dataset<Row> checked(Dataset<Row> table, String source, StructType schema) throws InputFormatException {
        StructType actual = table.schema();
        List<String> names = Arrays.asList(actual.fieldNames());
        for (StructField f : schema.fields()) {
            int at = names.indexOf(f.name());
            if (at < 0) {
                throw new InputFormatException(
                        source, 0, f.name(), "missing column (expected " + f.dataType().simpleString() + ")");
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
    private static void notNull(Row r, String source, String where) throws InputFormatException {
        for (int k = 0; k < r.size(); k++) {
            if (r.isNullAt(k))
                throw new InputFormatException(source, 0, r.schema().fieldNames()[k], where + ": null value");
        }
    }
}
