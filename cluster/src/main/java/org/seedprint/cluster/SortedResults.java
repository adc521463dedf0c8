package org.seedprint.cluster;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The tasks' results in the single-machine order, sorted by Spark once and kept (they are small
 * next to the library): the count, the Parquet table and the driver's TSV all read the same
 * sorted rows. Closing releases them.
 */
final class SortedResults implements AutoCloseable {

    private final Dataset<Row> found;
    private final Dataset<Row> sorted;
    private final List<String> columns;

    /**
     * @param keep    which results stay (screen keeps each query's best k), applied before sorting
     * @param order   the sort order, which ends in a unique key so that the order is total
     * @param columns the output columns (the single-machine command's)
     */
    SortedResults(
            SparkSession spark,
            JavaRDD<Row> rows,
            StructType schema,
            UnaryOperator<Dataset<Row>> keep,
            Column[] order,
            List<String> columns) {
        this.columns = columns;
        // kept, because sorting samples its input first: the block tasks must not run twice
        this.found = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
        this.sorted = keep.apply(found)
                .orderBy(order)
                .select(columns.stream().map(c -> col(c)).toArray(Column[]::new))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    long count() {
        return sorted.count();
    }

    void writeParquet(String path) {
        sorted.write().parquet(path);
    }

    /** The rows in order, one partition at a time to the driver. */
    Iterator<Row> iterator() {
        return sorted.toLocalIterator();
    }

    /** Writes the single-machine TSV: the header, then every row; returns the number of rows. */
    long writeTsv(Writer out) throws IOException {
        Tsv.header(out, columns);
        long n = 0;
        for (Iterator<Row> it = iterator(); it.hasNext(); n++) Tsv.line(out, it.next(), columns.size());
        return n;
    }

    @Override
    public void close() {
        sorted.unpersist();
        found.unpersist();
    }
}
