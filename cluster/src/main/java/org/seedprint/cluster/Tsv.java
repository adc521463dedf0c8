package org.seedprint.cluster;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/** The single-machine commands' TSV: a header, then tab-separated values with 4 decimals for fractions. */
final class Tsv {

    private Tsv() {}

    static void header(Writer out, List<String> columns) throws IOException {
        out.write(String.join("\t", columns));
        out.write('\n');
    }

    /** The first {@code columns} fields of the row. */
    static void line(Writer out, Row row, int columns) throws IOException {
        StringBuilder sb = new StringBuilder(96);
        for (int k = 0; k < columns; k++) {
            if (k > 0) sb.append('\t');
            Object v = row.get(k);
            sb.append(v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(v));
        }
        out.write(sb.append('\n').toString());
    }
}
