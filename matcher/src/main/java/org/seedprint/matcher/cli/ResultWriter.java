package org.seedprint.matcher.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedprint.matcher.engine.Classification;

/**
 * Result lines written as bytes into one buffer: numbers are formatted in place, ids and labels
 * are encoded once (see {@link Ids}), and nothing is allocated per field. TSV: a header line, then
 * tab-separated values; JSON Lines: one object per line, the names as keys. Decimals have four
 * places, rounded half up as {@code String.format("%.4f")} rounds.
 */
final class ResultWriter implements Closeable {

    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private final boolean json;
    private final byte[][] keys;
    private final Map<Classification, byte[]> labels = new EnumMap<>(Classification.class);
    private byte[] buf = new byte[FLUSH_AT + 4096];
    private int n;
    private int column;

    ResultWriter(OutputStream out, OutputFormat format, List<String> names) {
        this.out = out;
        this.json = format == OutputFormat.json;
        this.keys = new byte[names.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((i == 0 ? "{" : ",") + OutputFormat.quote(names.get(i)) + ":").getBytes(StandardCharsets.UTF_8);
        }
        for (Classification c : Classification.values()) {
            labels.put(c, (json ? OutputFormat.quote(c.label()) : c.label()).getBytes(StandardCharsets.UTF_8));
        }
        if (!json) {
            append(String.join("\t", names).getBytes(StandardCharsets.UTF_8));
            end();
        }
    }

    boolean isJson() {
        return json;
    }

    /** An id as {@link Ids} encoded it for this format. */
    ResultWriter id(byte[] encoded) {
        next();
        append(encoded);
        return this;
    }

    ResultWriter integer(long v) {
        next();
        ensure(20);
        if (v < 0) {
            buf[n++] = '-';
            v = -v;
        }
        int from = n;
        do {
            buf[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = from, j = n - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /** {@code num / den} with four decimals, exactly as {@code String.format("%.4f", (double) num / den)}; 0 when den is 0. */
    ResultWriter ratio(int num, int den) {
        if (den == 0) return fixed(0);
        long scaled = 10_000L * num;
        // half up on the exact fraction: a fraction that is a tie has the tie as its double's shortest decimal
        return fixed(scaled / den + (2 * (scaled % den) >= den ? 1 : 0));
    }

    /** A double with four decimals as {@code String.format("%.4f")} gives it (that method, near a tie). */
    ResultWriter decimal(double v) {
        double scaled = v * 10_000;
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        if (!(v >= 0) || v > 1e12 || Math.abs(frac - 0.5) < 1e-6) {
            next();
            append(String.format(Locale.ROOT, "%.4f", v).getBytes(StandardCharsets.US_ASCII));
            return this;
        }
        return fixed((long) floor + (frac > 0.5 ? 1 : 0));
    }

    ResultWriter label(Classification c) {
        next();
        append(labels.get(c));
        return this;
    }

    /** Ends the line; flushes whole lines when the buffer is full. */
    void end() {
        if (json && column > 0) append((byte) '}');
        append((byte) '\n');
        column = 0;
        if (n > FLUSH_AT) flushBuffer();
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.flush();
    }

    /** {@code tenThousandths / 10^4} with four decimals. */
    private ResultWriter fixed(long tenThousandths) {
        integer(tenThousandths / 10_000);
        int frac = (int) (tenThousandths % 10_000);
        ensure(5);
        buf[n++] = '.';
        buf[n++] = (byte) ('0' + frac / 1000);
        buf[n++] = (byte) ('0' + frac / 100 % 10);
        buf[n++] = (byte) ('0' + frac / 10 % 10);
        buf[n++] = (byte) ('0' + frac % 10);
        return this;
    }

    private void next() {
        if (json) append(keys[column]);
        else if (column > 0) append((byte) '\t');
        column++;
    }

    private void append(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    private void append(byte b) {
        ensure(1);
        buf[n++] = b;
    }

    /** Grows within a line: the buffer is written out only at line ends, so no character is split. */
    private void ensure(int more) {
        if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        n = 0;
    }
}
