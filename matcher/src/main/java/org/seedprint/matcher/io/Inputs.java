package org.seedprint.matcher.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens inputs by their magic bytes, not their names: BGZF (decompressed on several threads),
 * other gzip, or plain. Damaged compressed data surfaces as {@link CorruptInputException}, which the
 * readers report with the file and line.
 */
public final class Inputs {

    private Inputs() {}

    /**
     * BGZF inflate threads: the cores, at most 4 (more do not help one parser keep up), or the
     * system property {@code seedprint.bgzf.threads} (1 = on the reading thread, for measurements).
     */
    static int defaultThreads() {
        int cores = Math.min(4, Runtime.getRuntime().availableProcessors());
        return Integer.getInteger("seedprint.bgzf.threads", cores);
    }

    public static InputStream open(Path file) throws IOException {
        return open(file, defaultThreads());
    }

    /** @param threads BGZF inflate threads; 1 inflates on the reading thread */
    public static InputStream open(Path file, int threads) throws IOException {
        return open(Files.newInputStream(file), threads);
    }

    static InputStream open(InputStream in, int threads) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(in, 1 << 16);
        raw.mark(18);
        byte[] head = raw.readNBytes(18);
        raw.reset();
        if (BgzfInputStream.isBgzf(head, head.length)) return new BgzfInputStream(raw, threads);
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) return new Gzip(raw);
        return raw;
    }

    /** UTF-8 text of a plain or compressed file (bundled data; readers of uploads use {@link ByteLines}). */
    public static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** gzip that is not BGZF: one thread; zlib's errors become {@link CorruptInputException}. */
    private static final class Gzip extends FilterInputStream {

        private boolean started;

        Gzip(InputStream raw) {
            super(raw);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                if (!started) {
                    in = new GZIPInputStream(in, 1 << 16);
                    started = true;
                }
                return in.read(b, off, len);
            } catch (EOFException e) {
                throw new CorruptInputException("the file is truncated: the gzip data ends early", e);
            } catch (ZipException e) {
                throw new CorruptInputException("the gzip data is damaged: " + e.getMessage(), e);
            }
        }
    }
}
