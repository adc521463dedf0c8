package org.seedprint.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.index.LibraryIndex;
import org.seedprint.matcher.io.GenotypeFiles;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

/**
 * Where the jobs' profiles come from: a matcher index (read by the driver, then shipped in
 * blocks), a Parquet dataset written by {@code export} (read by the executors, from any file
 * system Hadoop knows: a local directory, HDFS, S3 ...), or, for queries only, genotype files
 * (TSV, VCF/BCF, HapMap) read by the driver on the library's panel.
 */
final class LibraryInput {

    private LibraryInput() {}

    static BlockedLibrary library(SparkSession spark, String path, int blockRows)
            throws IOException, InputFormatException {
        java.nio.file.Path local = localFile(path);
        if (local != null && Files.isRegularFile(local)) {
            if (!LibraryIndex.isIndex(local)) {
                throw new InputFormatException(
                        path,
                        0,
                        "library",
                        "neither a matcher index (./seedprint matcher index) nor a Parquet dataset directory"
                                + " (./seedprint cluster export)");
            }
            return blocks(spark, LibraryIndex.read(local), path, blockRows);
        }
        requireDataset(spark, path);
        return ParquetLibrary.read(spark, path, blockRows);
    }

    /** Queries: an index or Parquet dataset on the library's panel, or genotype files read on it. */
    static BlockedLibrary queries(SparkSession spark, String path, MarkerPanel panel, int blockRows)
            throws IOException, InputFormatException {
        java.nio.file.Path local = localFile(path);
        BlockedLibrary queries;
        if (local != null && Files.isRegularFile(local) && !LibraryIndex.isIndex(local)) {
            LibraryBuilder builder = new LibraryBuilder(panel);
            GenotypeFiles.read(local, panel, builder);
            if (builder.sampleCount() == 0)
                throw new InputFormatException(path, 0, "sample", "no genotypes at any locus of panel " + panel);
            queries = blocks(spark, builder.build(), path, blockRows);
        } else {
            queries = library(spark, path, blockRows);
        }
        if (!queries.panel().open().panel().loci().equals(panel.loci())) {
            throw new InputFormatException(
                    path, 0, "panel", "queries are on " + queries.panel().describe() + ", the library on " + panel);
        }
        return queries;
    }

    /** A library in memory, cut into blocks that travel with the tasks of the first stage. */
    static BlockedLibrary blocks(SparkSession spark, Library lib, String source, int blockRows) {
        int n = lib.size();
        List<ProfileBlock> blocks = new ArrayList<>();
        for (int b = 0, from = 0; from < n; b++, from += blockRows)
            blocks.add(ProfileBlock.slice(lib, b, from, Math.min(n, from + blockRows)));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return new BlockedLibrary(
                source, PanelDictionary.of(lib), n, blockRows, jsc.parallelize(blocks, blocks.size()));
    }

    private static void requireDataset(SparkSession spark, String path) throws IOException, InputFormatException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(path);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(dir)) throw new NoSuchFileException(path);
        for (String table : List.of(ParquetLibrary.PROFILES, ParquetLibrary.LOCI)) {
            if (!fs.exists(new org.apache.hadoop.fs.Path(dir, table))) {
                throw new InputFormatException(
                        path,
                        0,
                        "library",
                        "not a library dataset: it has no " + table
                                + "/ table (./seedprint cluster export writes one)");
            }
        }
    }

    /** The local file a path names (no scheme, or file:), else null (HDFS, S3 ...). */
    static java.nio.file.@Nullable Path localFile(String path) {
        URI uri = new org.apache.hadoop.fs.Path(path).toUri();
        if (uri.getScheme() != null && !uri.getScheme().equals("file")) return null;
        return java.nio.file.Path.of(uri.getPath());
    }
}
