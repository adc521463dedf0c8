package org.seedprint.cluster;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every job shares: where the output goes, the block size and (run directly) the master. */
final class JobOptions {

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "output directory (local, hdfs://, s3a:// ...); must not exist")
    String output = "";

    @Option(
            names = "--block-rows",
            defaultValue = "5000",
            paramLabel = "ROWS",
            description = "profiles per block; each task compares two blocks (default: ${DEFAULT-VALUE})")
    int blockRows;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default: spark.master if set, else "
                    + Sessions.LOCAL + ")")
    @Nullable
    String master;

    int blockRows() {
        if (blockRows < 1) throw new IllegalArgumentException("--block-rows must be >= 1, got " + blockRows);
        return blockRows;
    }
}
