package org.seedprint.matcher.io;

import htsjdk.samtools.util.BlockCompressedStreamConstants;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * BGZF (bgzip, BCF) decompressed with several threads: the calling thread reads the compressed
 * blocks in order and hands them to a pool that inflates them, then takes the results in file order.
 * Each block's CRC-32 and length are checked; a file that does not end with BGZF's empty end-of-file
 * block is reported as truncated (bgzip and htsjdk always write it). Damage surfaces as
 * {@link CorruptInputException} from {@link #read}.
 */
final class BgzfInputStream extends InputStream {

    private static final int MAX_BLOCK = BlockCompressedStreamConstants.MAX_COMPRESSED_BLOCK_SIZE;
    private static final int FIXED_HEADER = 12;
    private static final int TRAILER = BlockCompressedStreamConstants.BLOCK_FOOTER_LENGTH;

    private final InputStream raw;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
    private final List<Inflater> inflaters = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Inflater> inflater = ThreadLocal.withInitial(this::newInflater);
    private boolean rawDone;
    private boolean lastWasEmpty;
    private long blocks;
    private long offset;
    private byte[] current = new byte[0];
    private int pos;

    /** @param raw the compressed bytes from the start; {@code threads} <= 1 inflates on the caller's thread */
    BgzfInputStream(InputStream raw, int threads) {
        this.raw = raw;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, BgzfInputStream::daemon) : null;
        this.window = Math.max(1, threads) * 4;
    }

    /** Whether these first bytes start a BGZF block (gzip with the 'BC' extra field). */
    static boolean isBgzf(byte[] head, int length) {
        return length >= 18
                && (head[0] & 0xFF) == 0x1f
                && (head[1] & 0xFF) == 0x8b
                && head[2] == 8
                && (head[3] & 4) != 0
                && head[12] == 'B'
                && head[13] == 'C';
    }

    @Override
    public int read() throws IOException {
        if (pos >= current.length && !nextBlock()) return -1;
        return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (pos >= current.length) {
            if (!nextBlock()) return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (pool != null) pool.shutdownNow();
        for (Inflater i : inflaters) i.end();
        raw.close();
    }

    private boolean nextBlock() throws IOException {
        while (inFlight.size() < window && !rawDone) submit(readBlock());
        Future<byte[]> next = inFlight.poll();
        if (next == null) return false;
        try {
            current = next.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CorruptInputException c) throw c;
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decompressing", e);
        }
        pos = 0;
        return true;
    }

    private void submit(byte[] block) {
        if (block == null) return;
        long index = blocks - 1, at = offset - block.length;
        if (pool == null) {
            CompletableFuture<byte[]> done = new CompletableFuture<>();
            try {
                done.complete(inflate(block, index, at));
            } catch (CorruptInputException e) {
                done.completeExceptionally(e);
            }
            inFlight.add(done);
        } else {
            inFlight.add(pool.submit(() -> inflate(block, index, at)));
        }
    }

    /** The next whole compressed block, or null at the end (after checking the end-of-file block). */
    private byte[] readBlock() throws IOException {
        byte[] head = raw.readNBytes(FIXED_HEADER);
        if (head.length == 0) {
            rawDone = true;
            if (blocks > 0 && !lastWasEmpty) {
                throw new CorruptInputException(
                        "the file is truncated: it ends without the BGZF end-of-file block, after " + blocks
                                + " blocks (" + offset + " bytes)");
            }
            return null;
        }
        if (head.length < FIXED_HEADER) throw truncated();
        if ((head[0] & 0xFF) != 0x1f || (head[1] & 0xFF) != 0x8b || head[2] != 8 || (head[3] & 4) == 0) {
            throw new CorruptInputException("not a BGZF block at byte " + offset + " (the gzip data is damaged)");
        }
        int xlen = (head[10] & 0xFF) | (head[11] & 0xFF) << 8;
        byte[] extra = raw.readNBytes(xlen);
        if (extra.length < xlen) throw truncated();
        int size = -1;
        for (int i = 0; i + 4 <= xlen; ) {
            int slen = (extra[i + 2] & 0xFF) | (extra[i + 3] & 0xFF) << 8;
            if (extra[i] == 'B' && extra[i + 1] == 'C' && slen == 2 && i + 6 <= xlen) {
                size = ((extra[i + 4] & 0xFF) | (extra[i + 5] & 0xFF) << 8) + 1;
            }
            i += 4 + slen;
        }
        int headerLength = FIXED_HEADER + xlen;
        if (size < headerLength + TRAILER || size > MAX_BLOCK) {
            throw new CorruptInputException("bad BGZF block size at byte " + offset + " (the gzip data is damaged)");
        }
        byte[] block = new byte[size];
        System.arraycopy(head, 0, block, 0, FIXED_HEADER);
        System.arraycopy(extra, 0, block, FIXED_HEADER, xlen);
        int rest = size - headerLength;
        if (raw.readNBytes(block, headerLength, rest) < rest) throw truncated();
        blocks++;
        offset += size;
        int isize = le32(block, size - 4);
        lastWasEmpty = isize == 0;
        return block;
    }

    private byte[] inflate(byte[] block, long index, long at) throws CorruptInputException {
        int xlen = (block[10] & 0xFF) | (block[11] & 0xFF) << 8;
        int from = FIXED_HEADER + xlen, to = block.length - TRAILER;
        int isize = le32(block, block.length - 4);
        int crc = le32(block, block.length - 8);
        if (isize < 0 || isize > BlockCompressedStreamConstants.DEFAULT_UNCOMPRESSED_BLOCK_SIZE) {
            throw damaged(index, at, "impossible uncompressed size " + Integer.toUnsignedString(isize));
        }
        byte[] out = new byte[isize];
        Inflater inf = inflater.get();
        inf.reset();
        inf.setInput(block, from, to - from);
        try {
            int n = 0;
            byte[] scratch = new byte[1];
            while (!inf.finished()) {
                int k = n < isize ? inf.inflate(out, n, isize - n) : inf.inflate(scratch);
                if (n >= isize && k > 0) throw damaged(index, at, "more data than its length says");
                n += k;
                if (k == 0 && !inf.finished() && (inf.needsInput() || inf.needsDictionary())) {
                    throw damaged(index, at, "the compressed data ends early");
                }
            }
            if (n != isize) throw damaged(index, at, "length does not match");
        } catch (DataFormatException e) {
            throw damaged(index, at, String.valueOf(e.getMessage()));
        }
        CRC32 check = new CRC32();
        check.update(out, 0, isize);
        if ((int) check.getValue() != crc) throw damaged(index, at, "CRC-32 checksum mismatch");
        return out;
    }

    private Inflater newInflater() {
        Inflater i = new Inflater(true);
        inflaters.add(i);
        return i;
    }

    private CorruptInputException truncated() {
        rawDone = true;
        return new CorruptInputException(
                "the file is truncated inside BGZF block " + (blocks + 1) + " at byte " + offset);
    }

    private static CorruptInputException damaged(long index, long at, String what) {
        return new CorruptInputException(
                "the gzip data is damaged: BGZF block " + (index + 1) + " at byte " + at + ": " + what);
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "bgzf-inflate");
        t.setDaemon(true);
        return t;
    }
}
