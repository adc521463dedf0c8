package org.seedprint.cluster;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The job's SparkSession. Under spark-submit the master and every setting come from it; run
 * directly (./seedprint cluster), with no {@code spark.master} set, the job runs in
 * {@code local[2]} inside this JVM. A session that is already running (tests share one) is used
 * as it is.
 */
final class Sessions {

    static final String LOCAL = "local[2]";

    private Sessions() {}

    static SparkSession get(String job, @Nullable String master) {
        if (master == null && SparkSession.getActiveSession().isDefined())
            return SparkSession.getActiveSession().get();
        if (master == null && SparkSession.getDefaultSession().isDefined())
            return SparkSession.getDefaultSession().get();
        SparkSession.Builder builder = SparkSession.builder().appName("seedprint " + job);
        boolean submitted = new SparkConf().contains("spark.master");
        if (master != null || !submitted) {
            builder.master(master != null ? master : LOCAL);
            if ((master != null ? master : LOCAL).startsWith("local")) {
                // one machine, one batch run: no web UI, and the driver on loopback (no "resolves to a loopback
                // address")
                builder.config("spark.ui.enabled", "false")
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        return builder.getOrCreate();
    }
}
