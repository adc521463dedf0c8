package org.seedprint.cluster;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * Columns of the jobs' results. The first eight are the single-machine commands' columns, in
 * their order (the TSV and Parquet outputs hold exactly these); the ranks are for sorting only.
 */
final class ResultSchemas {

    private ResultSchemas() {}

    static final List<String> PAIR_COLUMNS =
            List.of("first", "second", "compared", "identical", "differing", "similarity", "class", "allele_sharing");
    static final List<String> HIT_COLUMNS =
            List.of("query", "hit", "compared", "identical", "differing", "similarity", "class", "allele_sharing");

    /** A pair, plus the id ranks of both profiles (ties in the ranking go by id). */
    static final StructType PAIRS = createStructType(List.of(
            createStructField("first", StringType, false),
            createStructField("second", StringType, false),
            createStructField("compared", IntegerType, false),
            createStructField("identical", IntegerType, false),
            createStructField("differing", IntegerType, false),
            createStructField("similarity", DoubleType, false),
            createStructField("class", StringType, false),
            createStructField("allele_sharing", DoubleType, false),
            createStructField("first_rank", IntegerType, false),
            createStructField("second_rank", IntegerType, false)));

    /** A hit of a query, plus the query's row (output order) and the hit's id rank. */
    static final StructType HITS = createStructType(List.of(
            createStructField("query", StringType, false),
            createStructField("hit", StringType, false),
            createStructField("compared", IntegerType, false),
            createStructField("identical", IntegerType, false),
            createStructField("differing", IntegerType, false),
            createStructField("similarity", DoubleType, false),
            createStructField("class", StringType, false),
            createStructField("allele_sharing", DoubleType, false),
            createStructField("query_row", IntegerType, false),
            createStructField("hit_rank", IntegerType, false)));
}
