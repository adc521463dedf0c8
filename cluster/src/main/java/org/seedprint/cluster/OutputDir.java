package org.seedprint.cluster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A job's output directory, on any Hadoop file system. Everything is written into a hidden
 * sibling first and renamed into place by {@link #commit()}; a job that fails leaves nothing
 * behind ({@link #close()} deletes the unfinished directory). The directory must not exist yet.
 */
final class OutputDir implements AutoCloseable {

    private final FileSystem fs;
    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputDir(FileSystem fs, Path target, Path staging) {
        this.fs = fs;
        this.target = target;
        this.staging = staging;
    }

    static OutputDir create(SparkSession spark, String dir) throws IOException {
        Path target = new Path(dir);
        FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
        target = fs.makeQualified(target);
        if (fs.exists(target)) throw new FileAlreadyExistsException(dir, null, "the output directory exists already");
        Path parent = target.getParent();
        if (parent != null && !fs.exists(parent)) fs.mkdirs(parent);
        Path staging = new Path(parent, "." + target.getName() + ".inprogress-" + UUID.randomUUID());
        if (!fs.mkdirs(staging)) throw new IOException("cannot create " + staging);
        return new OutputDir(fs, target, staging);
    }

    /** Where Spark writes a table, or the driver a file, inside the unfinished directory. */
    String path(String name) {
        return new Path(staging, name).toString();
    }

    /** The unfinished directory itself (a job that writes a dataset into it). */
    String root() {
        return staging.toString();
    }

    /** A text file the driver writes (on a local disk without Hadoop's .crc side file). */
    Writer text(String name) throws IOException {
        FileSystem files = fs instanceof LocalFileSystem local ? local.getRaw() : fs;
        return new BufferedWriter(
                new OutputStreamWriter(files.create(new Path(staging, name), false), StandardCharsets.UTF_8), 1 << 16);
    }

    void commit() throws IOException {
        if (!fs.rename(staging, target)) throw new IOException("cannot rename " + staging + " to " + target);
        committed = true;
    }

    /** The finished directory's name as the user gave it, qualified. */
    String target() {
        return target.toString();
    }

    @Override
    public void close() throws IOException {
        if (!committed) fs.delete(staging, true);
    }
}
