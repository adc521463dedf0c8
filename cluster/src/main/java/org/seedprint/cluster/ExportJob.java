package org.seedprint.cluster;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A matcher index as a Parquet library dataset ({@link ParquetLibrary}): the form the jobs read
 * from a cluster's file system, one Parquet file per block of {@code --block-rows} profiles.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write a matcher index as a Parquet library dataset (profiles/ and loci/ tables).")
public final class ExportJob implements Callable<Integer> {

    @Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Mixin
    JobOptions job = new JobOptions();

    @Option(names = "--library", required = true, paramLabel = "INDEX", description = "a matcher index file")
    String library = "";

    public static void main(String[] args) {
        System.exit(ClusterCli.run(ClusterCli.configure(new CommandLine(new ExportJob())), args));
    }

    @Override
    public Integer call() throws Exception {
        java.nio.file.Path local = LibraryInput.localFile(library);
        if (local == null || !java.nio.file.Files.isRegularFile(local))
            throw new InputFormatException(library, 0, "library", "not an index file (export reads matcher indexes)");
        SparkSession spark = Sessions.get("export", job.master);
        try (OutputDir out = OutputDir.create(spark, job.output)) {
            BlockedLibrary lib = LibraryInput.library(spark, library, job.blockRows());
            ParquetLibrary.write(spark, lib, out.root());
            out.commit();
            if (spec != null) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "exported %d profiles on %s to %s%n",
                                lib.size(), lib.panel().describe(), out.target());
            }
        }
        return 0;
    }
}
