package org.seedprint.matcher.index;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.QcColumns;

/**
 * The index's bulk sections (id order, QC, codes, depths): little-endian, each padded to 8 bytes,
 * with a CRC-32C per 1 MiB chunk. Read by memory-mapping the file and copying chunk by chunk into
 * the library's arrays on all cores, each task checking its chunk's CRC while the chunk is in cache.
 */
final class Sections {

    private static final long WINDOW = 1L << 30;

    private Sections() {}

    /** One section: {@code count} elements of {@code width} bytes into an array. */
    private record Section(
            long start, long count, int width, @Nullable Object array) {
        long end() {
            return start + count * width;
        }
    }

    private static List<Section> layout(int n, int m, int wpr, boolean depths, @Nullable Object[] arrays) {
        long[] counts = {n, n, n, n, (long) n * wpr, depths ? (long) n * m : 0};
        int[] widths = {4, 4, 4, 4, 8, 4};
        List<Section> out = new ArrayList<>();
        long at = 0;
        for (int s = 0; s < counts.length; s++) {
            out.add(new Section(at, counts[s], widths[s], arrays[s]));
            at = (at + counts[s] * widths[s] + 7) & ~7L;
        }
        return out;
    }

    private static long length(List<Section> sections) {
        return (sections.get(sections.size() - 1).end() + 7) & ~7L;
    }

    static void write(Library lib, OutputStream out) throws IOException {
        QcColumns qc = lib.qcColumns();
        CodeMatrix codes = lib.codes();
        int[] depths = lib.depthMatrix();
        @Nullable
        Object[] arrays = {
            lib.ids().order(), qc.callRate(), qc.meanDepth(), qc.multiAllelicShare(), codes.words(), depths
        };
        List<Section> sections = layout(lib.size(), lib.locusCount(), codes.wordsPerRow(), depths != null, arrays);
        long total = length(sections);
        int chunks = (int) ((total + LibraryIndex.CHUNK - 1) / LibraryIndex.CHUNK);
        int[] crcs = new int[chunks];
        ByteBuffer buf = ByteBuffer.allocate(LibraryIndex.CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < chunks; k++) {
            long c0 = (long) k * LibraryIndex.CHUNK, c1 = Math.min(total, c0 + LibraryIndex.CHUNK);
            buf.clear();
            Arrays.fill(buf.array(), (byte) 0);
            for (Section s : sections) copy(s, c0, c1, buf, false);
            CRC32C crc = new CRC32C();
            crc.update(buf.array(), 0, (int) (c1 - c0));
            crcs[k] = (int) crc.getValue();
            out.write(buf.array(), 0, (int) (c1 - c0));
        }
        ByteBuffer tail =
                ByteBuffer.allocate(4 * chunks + 4 + LibraryIndex.END.length).order(ByteOrder.LITTLE_ENDIAN);
        tail.asIntBuffer().put(crcs);
        CRC32C crc = new CRC32C();
        crc.update(tail.array(), 0, 4 * chunks);
        tail.position(4 * chunks);
        tail.putInt((int) crc.getValue());
        tail.put(LibraryIndex.END);
        out.write(tail.array());
    }

    static Library read(String source, FileChannel ch, long size, long bulkStart, IndexHead head)
            throws IOException, InputFormatException {
        int n = head.ids().length, m = head.panel().size();
        int wpr = CodeMatrix.wordsPerRow(head.bits(), m);
        long need = (long) n * wpr * 8 + (head.depths() ? (long) n * m * 4 : 0);
        if (need > size || (long) n * wpr > Integer.MAX_VALUE - 16 || (long) n * m > Integer.MAX_VALUE - 16)
            throw LibraryIndex.error(
                    source, "matrix", n + " profiles x " + m + " loci do not fit in a file of " + size + " bytes");
        // sizes are checked before any array is allocated
        List<Section> shape = layout(n, m, wpr, head.depths(), new Object[6]);
        long total = length(shape);
        int chunks = (int) ((total + LibraryIndex.CHUNK - 1) / LibraryIndex.CHUNK);
        long expected = bulkStart + total + 4L * chunks + 4 + LibraryIndex.END.length;
        if (size < expected)
            throw LibraryIndex.error(source, "index", "file ends early (truncated): " + size + " bytes of " + expected);
        if (size > expected)
            throw LibraryIndex.error(source, "checksum", "unexpected bytes after the end of the index");
        ByteBuffer tail = ch.map(FileChannel.MapMode.READ_ONLY, bulkStart + total, expected - bulkStart - total)
                .order(ByteOrder.LITTLE_ENDIAN);
        CRC32C tableCrc = new CRC32C();
        tableCrc.update(tail.slice(0, 4 * chunks));
        byte[] end = new byte[LibraryIndex.END.length];
        tail.get(4 * chunks + 4, end);
        if (!Arrays.equals(end, LibraryIndex.END) || tail.getInt(4 * chunks) != (int) tableCrc.getValue())
            throw LibraryIndex.error(source, "checksum", "checksum mismatch in the chunk table: the file is corrupt");
        int[] crcs = new int[chunks];
        tail.slice(0, 4 * chunks).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(crcs);

        int[] order = new int[n];
        float[] callRate = new float[n], meanDepth = new float[n], multi = new float[n];
        long[] words = new long[n * wpr];
        int[] depths = head.depths() ? new int[n * m] : null;
        List<Section> sections = layout(
                n, m, wpr, head.depths(), new @Nullable Object[] {order, callRate, meanDepth, multi, words, depths});
        List<MappedByteBuffer> windows = new ArrayList<>();
        for (long w = 0; w < total; w += WINDOW)
            windows.add(ch.map(FileChannel.MapMode.READ_ONLY, bulkStart + w, Math.min(WINDOW, total - w)));
        int corrupt = copyAll(chunks, total, windows, sections, crcs);
        if (corrupt >= 0)
            throw LibraryIndex.error(
                    source, "checksum", "checksum mismatch in chunk " + corrupt + ": the file is corrupt");
        return LibraryIndex.assemble(source, head, new QcColumns(callRate, meanDepth, multi), order, words, depths);
    }

    /** Copies and checks every chunk on all cores; returns the first corrupt chunk, or -1. */
    private static int copyAll(
            int chunks, long total, List<MappedByteBuffer> windows, List<Section> sections, int[] crcs) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger corrupt = new AtomicInteger(Integer.MAX_VALUE);
        AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int k; (k = next.getAndIncrement()) < chunks; ) {
                    long c0 = (long) k * LibraryIndex.CHUNK, c1 = Math.min(total, c0 + LibraryIndex.CHUNK);
                    ByteBuffer window = windows.get((int) (c0 / WINDOW));
                    ByteBuffer chunk =
                            window.slice((int) (c0 % WINDOW), (int) (c1 - c0)).order(ByteOrder.LITTLE_ENDIAN);
                    CRC32C crc = new CRC32C();
                    crc.update(chunk.duplicate());
                    if ((int) crc.getValue() != crcs[k]) {
                        corrupt.accumulateAndGet(k, Math::min);
                        continue;
                    }
                    for (Section s : sections) copy(s, c0, c1, chunk, true);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        };
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), chunks);
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++)
            helpers.add(Thread.ofPlatform().daemon().name("seedprint-index").start(worker));
        worker.run();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        RuntimeException e = failure.get();
        if (e != null) throw e;
        return corrupt.get() == Integer.MAX_VALUE ? -1 : corrupt.get();
    }

    /** Copies the part of section {@code s} inside chunk [c0, c1) between the chunk's buffer and the section's array. */
    private static void copy(Section s, long c0, long c1, ByteBuffer chunk, boolean toArray) {
        long p0 = Math.max(c0, s.start()), p1 = Math.min(c1, s.end());
        if (p0 >= p1) return;
        int at = (int) ((p0 - s.start()) / s.width()), count = (int) ((p1 - p0) / s.width());
        ByteBuffer piece = chunk.slice((int) (p0 - c0), (int) (p1 - p0)).order(ByteOrder.LITTLE_ENDIAN);
        switch (requireNonNull(s.array())) {
            case int[] a -> {
                if (toArray) piece.asIntBuffer().get(a, at, count);
                else piece.asIntBuffer().put(a, at, count);
            }
            case float[] a -> {
                if (toArray) piece.asFloatBuffer().get(a, at, count);
                else piece.asFloatBuffer().put(a, at, count);
            }
            case long[] a -> {
                if (toArray) piece.asLongBuffer().get(a, at, count);
                else piece.asLongBuffer().put(a, at, count);
            }
            default -> throw new IllegalStateException("unknown section type");
        }
    }
}
