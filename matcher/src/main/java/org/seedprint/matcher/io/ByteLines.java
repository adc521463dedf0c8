package org.seedprint.matcher.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.seedprint.matcher.InputFormatException;

/**
 * The lines of a text input as bytes, for readers that parse without building a String per line:
 * the current line is {@code bytes()[start() .. end())}, without its {@code \n} or {@code \r\n}.
 * Lines are numbered from 1. Fields become Strings only through {@link #text}, which refuses bytes
 * that are not UTF-8 ("line N is not UTF-8") instead of replacing them. Damaged compressed input
 * becomes an {@link InputFormatException} naming the source and the line reached.
 */
public final class ByteLines implements Closeable {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L, HIGHS = 0x8080808080808080L, NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private final InputStream in;
    private final String source;
    private byte[] buf = new byte[1 << 20];
    private int limit;
    private int next;
    private int start;
    private int end;
    private long line;
    private boolean eof;
    private long bytesRead;

    private ByteLines(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    public static ByteLines open(Path file, String source) throws IOException {
        return new ByteLines(Inputs.open(file), source);
    }

    public static ByteLines of(InputStream in, String source) {
        return new ByteLines(in, source);
    }

    /** Moves to the next line; false at the end of the input. */
    public boolean next() throws IOException, InputFormatException {
        while (true) {
            int nl = indexOfNewline(buf, next, limit);
            if (nl >= 0) {
                setLine(next, nl);
                next = nl + 1;
                return true;
            }
            if (eof) {
                if (next >= limit) return false;
                setLine(next, limit);
                next = limit;
                return true;
            }
            fill();
        }
    }

    public byte[] bytes() {
        return buf;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** 1-based number of the current line (0 before the first). */
    public long line() {
        return line;
    }

    public String source() {
        return source;
    }

    /** Whether nothing at all was read (a 0-byte file, after decompression). */
    public boolean wasEmpty() {
        return eof && bytesRead == 0;
    }

    public InputFormatException error(String field, String problem) {
        return new InputFormatException(source, line, field, problem);
    }

    /** The bytes {@code [from, to)} of the current line as a String; an error when they are not UTF-8. */
    public String text(int from, int to) throws InputFormatException {
        return text(buf, from, to, source, line);
    }

    /** The current line as text, invalid bytes replaced (for messages only). */
    public String lineForMessage() {
        return new String(buf, start, Math.min(end - start, 200), StandardCharsets.UTF_8);
    }

    static String text(byte[] b, int from, int to, String source, long line) throws InputFormatException {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) return utf8(b, from, to, source, line);
        }
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static String utf8(byte[] b, int from, int to, String source, long line) throws InputFormatException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputFormatException(
                    source,
                    line,
                    "encoding",
                    "line " + line + " is not UTF-8 (Latin-1, GBK or GB18030?): save the file as UTF-8");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void setLine(int from, int to) {
        start = from;
        end = to > from && buf[to - 1] == '\r' ? to - 1 : to;
        line++;
    }

    private void fill() throws IOException, InputFormatException {
        if (next > 0) {
            System.arraycopy(buf, next, buf, 0, limit - next);
            limit -= next;
            next = 0;
        }
        if (limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        int n;
        try {
            n = in.read(buf, limit, buf.length - limit);
        } catch (CorruptInputException e) {
            throw new InputFormatException(
                    source, line + 1, "gzip", e.getMessage() + " (line " + (line + 1) + " reached)");
        }
        if (n < 0) eof = true;
        else {
            limit += n;
            bytesRead += n;
        }
    }

    /** First {@code \n} in {@code [from, to)}, or -1: eight bytes at a time. */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long t = (x - ONES) & ~x & HIGHS;
            if (t != 0) return i + (Long.numberOfTrailingZeros(t) >>> 3);
        }
        for (; i < to; i++) if (b[i] == '\n') return i;
        return -1;
    }
}
