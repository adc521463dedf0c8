package org.seedprint.matcher.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;

/**
 * The binary library index: one file a library is written to once and loaded from in one
 * sequential bulk read. Layout (big-endian), see docs/performance.md:
 * <pre>
 * magic "SEEDPIDX", int format version
 * panel: name, version, int m, m x (id, chrom, int start, int end)
 * dictionary: per locus: int alleles, strings; int genotypes, per genotype: int size, size x int allele id
 * int n, byte flags (1 = short matrix, 2 = depths), n x id
 * n x float call rate, n x float mean depth, n x float multi-allelic share
 * matrix: n x m bytes (or shorts); depths: n x m ints when flagged
 * long CRC-32C of everything above
 * </pre>
 * Strings are int length + UTF-8. The file is written beside its target and renamed into place,
 * so a crash leaves either the old index or the new one.
 */
public final class LibraryIndex {

    static final byte[] MAGIC = "SEEDPIDX".getBytes(StandardCharsets.US_ASCII);

    /** Whether the file starts like an index (so a caller can tell it from genotype files). */
    public static boolean isIndex(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    static final int VERSION = 1;
    private static final int FLAG_WIDE = 1;
    private static final int FLAG_DEPTHS = 2;
    private static final int MAX_STRING = 1 << 20;
    private static final int CHUNK = 1 << 16;

    private LibraryIndex() {}

    public static void write(Library lib, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            CRC32C crc = new CRC32C();
            try (OutputStream raw = Files.newOutputStream(tmp);
                    DataOutputStream out =
                            new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, CHUNK), crc))) {
                writeBody(lib, out);
                out.flush();
                // the checksum itself is written past the checked stream
                DataOutputStream tail = new DataOutputStream(raw);
                tail.writeLong(crc.getValue());
                tail.flush();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static Library read(Path file) throws IOException, InputFormatException {
        long size = Files.size(file);
        CRC32C crc = new CRC32C();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), CHUNK)) {
            Reader r = new Reader(file.toString(), size, new DataInputStream(new CheckedInputStream(raw, crc)));
            Library lib = r.body();
            long expected = crc.getValue();
            long stored = new DataInputStream(raw).readLong();
            if (stored != expected) throw r.error("checksum", "checksum mismatch: the file is corrupt");
            if (raw.read() != -1) throw r.error("checksum", "unexpected bytes after the checksum");
            return lib;
        } catch (EOFException e) {
            throw new InputFormatException(
                    file.toString(), 0, "index", "file ends early (truncated): " + size + " bytes");
        }
    }

    private static void writeBody(Library lib, DataOutputStream out) throws IOException {
        MarkerPanel panel = lib.panel();
        out.write(MAGIC);
        out.writeInt(VERSION);
        writeString(out, panel.name());
        writeString(out, panel.version());
        int m = panel.size();
        out.writeInt(m);
        for (Locus l : panel.loci()) {
            writeString(out, l.id());
            writeString(out, l.chrom());
            out.writeInt(l.start());
            out.writeInt(l.end());
        }
        AlleleDictionary dict = lib.dictionary();
        for (int l = 0; l < m; l++) {
            int alleles = dict.alleleCount(l);
            out.writeInt(alleles);
            for (int a = 0; a < alleles; a++) writeString(out, dict.allele(l, a));
            int genotypes = dict.genotypeCount(l);
            out.writeInt(genotypes);
            for (int c = 1; c <= genotypes; c++) {
                int[] ids = dict.alleleIds(l, c);
                out.writeInt(ids.length);
                for (int id : ids) out.writeInt(id);
            }
        }
        int n = lib.size();
        out.writeInt(n);
        out.writeByte((lib.isWide() ? FLAG_WIDE : 0) | (lib.hasDepths() ? FLAG_DEPTHS : 0));
        for (int i = 0; i < n; i++) writeString(out, lib.id(i));
        for (float[] qc : new float[][] {lib.callRates(), lib.meanDepths(), lib.multiAllelicShares()}) {
            writeChunked(
                    out, qc.length, 4, (buf, from, len) -> buf.asFloatBuffer().put(qc, from, len));
        }
        if (!lib.isWide()) {
            out.write(lib.narrowMatrix());
        } else {
            short[] w = lib.wideMatrix();
            writeChunked(
                    out, w.length, 2, (buf, from, len) -> buf.asShortBuffer().put(w, from, len));
        }
        if (lib.hasDepths()) {
            int[] d = lib.depthMatrix();
            writeChunked(out, d.length, 4, (buf, from, len) -> buf.asIntBuffer().put(d, from, len));
        }
    }

    /** Moves {@code count} elements of {@code width} bytes between an array and a byte buffer, a chunk at a time. */
    private interface ChunkCopy {
        void copy(ByteBuffer buf, int from, int len);
    }

    private static void writeChunked(DataOutputStream out, int count, int width, ChunkCopy copy) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        for (int from = 0; from < count; from += CHUNK / width) {
            int len = Math.min(CHUNK / width, count - from);
            copy.copy(buf.clear(), from, len);
            out.write(buf.array(), 0, len * width);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Parses the body, checking every count against the file size before allocating. */
    private static final class Reader {
        private final String source;
        private final long fileSize;
        private final DataInputStream in;
        private final byte[] chunk = new byte[CHUNK];

        Reader(String source, long fileSize, DataInputStream in) {
            this.source = source;
            this.fileSize = fileSize;
            this.in = in;
        }

        Library body() throws IOException, InputFormatException {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) throw error("magic", "not a SeedPrint library index");
            int version = in.readInt();
            if (version != VERSION) {
                throw error(
                        "version",
                        "index format version " + version + ", this matcher reads version " + VERSION
                                + ": rebuild the index");
            }
            String name = string("panel");
            String panelVersion = string("panel");
            int m = count("panel", 1);
            List<Locus> loci = new ArrayList<>(m);
            for (int l = 0; l < m; l++) {
                String id = string("panel");
                String chrom = string("panel");
                int start = in.readInt(), end = in.readInt();
                try {
                    loci.add(new Locus(id, chrom, start, end));
                } catch (IllegalArgumentException e) {
                    throw error("panel", e.getMessage());
                }
            }
            MarkerPanel panel;
            try {
                panel = new MarkerPanel(name, panelVersion, loci);
            } catch (IllegalArgumentException e) {
                throw error("panel", e.getMessage());
            }
            AlleleDictionary dict = dictionary(m);
            int n = count("ids", 0);
            int flags = in.readUnsignedByte();
            if ((flags & ~(FLAG_WIDE | FLAG_DEPTHS)) != 0) throw error("flags", "unknown flags " + flags);
            boolean wide = (flags & FLAG_WIDE) != 0, depths = (flags & FLAG_DEPTHS) != 0;
            long cells = (long) n * m;
            long need = cells * ((wide ? 2 : 1) + (depths ? 4 : 0)) + 12L * n;
            if (need > fileSize || cells > Integer.MAX_VALUE - 64) {
                throw error("matrix", n + " profiles x " + m + " loci do not fit in a file of " + fileSize + " bytes");
            }
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) ids[i] = string("ids");
            float[] callRate = floats(n), meanDepth = floats(n), multi = floats(n);
            byte[] narrow = null;
            short[] shorts = null;
            if (wide) {
                short[] w = new short[(int) cells];
                readChunked(w.length, 2, (buf, from, len) -> buf.asShortBuffer().get(w, from, len));
                shorts = w;
            } else {
                narrow = new byte[(int) cells];
                in.readFully(narrow);
            }
            int[] depthMatrix = null;
            if (depths) {
                int[] d = new int[(int) cells];
                readChunked(d.length, 4, (buf, from, len) -> buf.asIntBuffer().get(d, from, len));
                depthMatrix = d;
            }
            try {
                return Library.of(panel, dict, ids, narrow, shorts, callRate, meanDepth, multi, depthMatrix);
            } catch (IllegalArgumentException e) {
                throw error("matrix", e.getMessage());
            }
        }

        private AlleleDictionary dictionary(int m) throws IOException, InputFormatException {
            AlleleDictionary dict = new AlleleDictionary(m);
            for (int l = 0; l < m; l++) {
                int alleles = count("dictionary", 0);
                String[] names = new String[alleles];
                for (int a = 0; a < alleles; a++) names[a] = string("dictionary");
                int genotypes = count("dictionary", 0);
                for (int c = 1; c <= genotypes; c++) {
                    int size = count("dictionary", 1);
                    String[] set = new String[size];
                    for (int x = 0; x < size; x++) {
                        int id = in.readInt();
                        if (id < 0 || id >= alleles)
                            throw error("dictionary", "allele id " + id + " out of range at locus " + l);
                        set[x] = names[id];
                    }
                    try {
                        // genotypes are re-encoded in code order, so each gets back its code
                        if (dict.encode(l, set) != c) throw error("dictionary", "repeated genotype at locus " + l);
                    } catch (IllegalArgumentException e) {
                        throw error("dictionary", e.getMessage());
                    }
                }
            }
            return dict;
        }

        private float[] floats(int n) throws IOException {
            float[] out = new float[n];
            readChunked(n, 4, (buf, from, len) -> buf.asFloatBuffer().get(out, from, len));
            return out;
        }

        private void readChunked(int count, int width, ChunkCopy copy) throws IOException {
            for (int from = 0; from < count; from += CHUNK / width) {
                int len = Math.min(CHUNK / width, count - from);
                in.readFully(chunk, 0, len * width);
                copy.copy(ByteBuffer.wrap(chunk, 0, len * width), from, len);
            }
        }

        private int count(String field, int min) throws IOException, InputFormatException {
            int v = in.readInt();
            if (v < min || v > fileSize) throw error(field, "implausible count " + v);
            return v;
        }

        private String string(String field) throws IOException, InputFormatException {
            int len = in.readInt();
            if (len < 0 || len > MAX_STRING || len > fileSize) throw error(field, "implausible string length " + len);
            byte[] b = new byte[len];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        InputFormatException error(String field, String problem) {
            return new InputFormatException(source, 0, field, problem);
        }
    }
}
