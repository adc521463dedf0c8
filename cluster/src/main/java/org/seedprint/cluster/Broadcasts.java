package org.seedprint.cluster;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/** Values every task reads (the panel and dictionary), sent once per executor rather than with every task. */
final class Broadcasts {

    private Broadcasts() {}

    static <T> Broadcast<T> of(SparkSession spark, T value) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(value);
    }
}
