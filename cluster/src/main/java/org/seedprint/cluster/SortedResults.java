package org.seedprint.cluster;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The tasks' results in the single-machine order, sorted by Spark once and kept (they are small
 * next to the library): the Parquet table and the driver's files all read the same sorted rows.
 * The sort has as many partitions as the results need (a million rows each), not Spark's default
 * 200, so that a few thousand pairs make one Parquet file and one trip to the driver. Closing
 * releases them.
 */
final class SortedResults implements AutoCloseable {

    /** Rows per partition of the sorted results (and per Parquet file). */
    static final long ROWS_PER_PARTITION = 1_000_000;

    /** Receives the sorted rows one by one. */
    interface RowWriter {
        void write(Row row) throws IOException;
    }

    private final Dataset<Row> found;
    private final Dataset<Row> sorted;
    private final long count;

    /**
     * @param keep    which results stay, given the results and a partition count (screen keeps each
     *                query's best k), applied before sorting
     * @param order   the sort order, ending in a unique key so that the order is total
     * @param columns the output columns (the single-machine command's)
     */
    SortedResults(
            SparkSession spark,
            JavaRDD<Row> rows,
            StructType schema,
            BiFunction<Dataset<Row>, Integer, Dataset<Row>> keep,
            Column[] order,
            List<String> columns) {
        // kept, because counting and sorting (which samples its input) must not run the block tasks again
        this.found = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
        int partitions = partitions(found.count());
        Dataset<Row> kept = keep.apply(found, partitions);
        this.sorted = kept.repartitionByRange(partitions, order)
                .sortWithinPartitions(order)
                .select(columns.stream().map(c -> col(c)).toArray(Column[]::new))
                .persist(StorageLevel.MEMORY_AND_DISK());
        this.count = sorted.count();
    }

    static int partitions(long rows) {
        return (int) Math.max(1, Math.min(10_000, (rows + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION));
    }

    long count() {
        return count;
    }

    void writeParquet(String path) {
        sorted.write().parquet(path);
    }

    /** Every row in order, a partition at a time to the driver. */
    void forEach(RowWriter writer) throws IOException {
        for (Iterator<Row> it = sorted.toLocalIterator(); it.hasNext(); ) writer.write(it.next());
    }

    @Override
    public void close() {
        sorted.unpersist();
        found.unpersist();
    }
}
