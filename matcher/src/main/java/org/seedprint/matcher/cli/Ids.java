package org.seedprint.matcher.cli;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/** Sample ids encoded once for the output: UTF-8 for TSV, quoted and escaped for JSON; filled as rows are first written. */
final class Ids {

    private final IntFunction<String> id;
    private final boolean json;
    private final byte[][] encoded;

    Ids(int size, IntFunction<String> id, boolean json) {
        this.id = id;
        this.json = json;
        this.encoded = new byte[size][];
    }

    byte[] of(int row) {
        byte[] e = encoded[row];
        if (e == null) {
            String s = id.apply(row);
            e = (json ? OutputFormat.quote(s) : s).getBytes(StandardCharsets.UTF_8);
            encoded[row] = e;
        }
        return e;
    }
}
