package org.seedprint.matcher.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.QcColumns;
import org.seedprint.matcher.profile.SampleIds;

/**
 * The binary library index: written once, opened by a memory map and one parallel copy of its bulk
 * sections into the library's arrays, at memory speed. Layout, see docs/matcher.md:
 * <pre>
 * magic "SEEDPIDX", int format version (2), int head length, head, int CRC-32C of the head   (big-endian)
 *   head: panel (name, version, m, m x (id, chrom, start, end)), dictionary (per locus: alleles, genotypes
 *         as allele ids), int n, int bits per call, int flags (1 = depths), n x sample id
 * padding to 8 bytes, then the bulk sections, little-endian, each padded to 8 bytes:
 *   n x int id order, 3 x n x float QC, n x words-per-row x long codes, n x m x int depths (when flagged)
 * one CRC-32C per 1 MiB chunk of the bulk sections, int CRC-32C of that table, "SEEDPEND"
 * </pre>
 * Integrity: the head's CRC is checked before it is parsed; each bulk chunk's CRC is checked by the
 * task that copies it, while the chunk is in cache, so checking costs no second pass over memory.
 * Strings are int length + UTF-8. The file is written beside its target and renamed into place,
 * so a crash leaves either the old index or the new one.
 */
public final class LibraryIndex {

    static final byte[] MAGIC = "SEEDPIDX".getBytes(StandardCharsets.US_ASCII);
    static final byte[] END = "SEEDPEND".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2;
    static final int CHUNK = 1 << 20;

    private LibraryIndex() {}

    /** Whether the file starts like an index (so a caller can tell it from genotype files). */
    public static boolean isIndex(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    public static void write(Library lib, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] head = IndexHead.write(lib);
                ByteArrayOutputStream start = new ByteArrayOutputStream(head.length + 32);
                DataOutputStream d = new DataOutputStream(start);
                d.write(MAGIC);
                d.writeInt(VERSION);
                d.writeInt(head.length);
                d.write(head);
                CRC32C crc = new CRC32C();
                crc.update(head);
                d.writeInt((int) crc.getValue());
                while (start.size() % 8 != 0) start.write(0);
                start.writeTo(out);
                Sections.write(lib, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static Library read(Path file) throws IOException, InputFormatException {
        String source = file.toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer start = ByteBuffer.allocate((int) Math.min(size, 16));
            readFully(ch, start, 0);
            start.flip();
            if (start.remaining() < MAGIC.length)
                throw error(source, "index", "file ends early (truncated): " + size + " bytes");
            byte[] magic = new byte[MAGIC.length];
            start.get(magic);
            if (!Arrays.equals(magic, MAGIC)) throw error(source, "magic", "not a SeedPrint library index");
            if (start.remaining() < 8) throw error(source, "index", "file ends early (truncated): " + size + " bytes");
            int version = start.getInt();
            if (version != VERSION) {
                throw error(
                        source,
                        "version",
                        "index format version " + version + ", this matcher reads version " + VERSION
                                + ": rebuild the index");
            }
            int headLength = start.getInt();
            if (headLength < 0 || 16L + headLength + 4 > size)
                throw error(source, "index", "file ends early (truncated): " + size + " bytes");
            ByteBuffer head = ByteBuffer.allocate(headLength + 4);
            readFully(ch, head, 16);
            head.flip();
            CRC32C crc = new CRC32C();
            crc.update(head.slice(0, headLength));
            if ((int) crc.getValue() != head.getInt(headLength))
                throw error(source, "checksum", "checksum mismatch in the head: the file is corrupt");
            IndexHead parsed = IndexHead.read(source, head.limit(headLength), size);
            long bulkStart = (16L + headLength + 4 + 7) & ~7L;
            return Sections.read(source, ch, size, bulkStart, parsed);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, pos);
            if (r < 0) break;
            pos += r;
        }
    }

    static InputFormatException error(String source, String field, String problem) {
        return new InputFormatException(source, 0, field, problem);
    }

    static Library assemble(
            String source, IndexHead head, QcColumns qc, int[] order, long[] words, int @Nullable [] depths)
            throws InputFormatException {
        try {
            return Library.of(
                    head.panel(),
                    head.dictionary(),
                    SampleIds.sorted(head.ids(), order),
                    CodeMatrix.wrap(head.bits(), head.ids().length, head.panel().size(), words),
                    qc,
                    depths);
        } catch (IllegalArgumentException e) {
            throw error(source, "matrix", String.valueOf(e.getMessage()));
        }
    }
}
