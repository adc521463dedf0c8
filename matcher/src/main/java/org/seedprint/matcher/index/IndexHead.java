package org.seedprint.matcher.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;

/** The index's head: panel, dictionary, shape and sample ids, big-endian, parsed with every count checked. */
record IndexHead(MarkerPanel panel, AlleleDictionary dictionary, String[] ids, int bits, boolean depths) {

    private static final int MAX_STRING = 1 << 20;

    static byte[] write(Library lib) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            MarkerPanel panel = lib.panel();
            string(out, panel.name());
            string(out, panel.version());
            int m = panel.size();
            out.writeInt(m);
            for (Locus l : panel.loci()) {
                string(out, l.id());
                string(out, l.chrom());
                out.writeInt(l.start());
                out.writeInt(l.end());
            }
            AlleleDictionary dict = lib.dictionary();
            for (int l = 0; l < m; l++) {
                int alleles = dict.alleleCount(l);
                out.writeInt(alleles);
                for (int a = 0; a < alleles; a++) string(out, dict.allele(l, a));
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
            out.writeInt(lib.codes().bits());
            out.writeInt(lib.hasDepths() ? 1 : 0);
            for (int i = 0; i < n; i++) string(out, lib.id(i));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Parses a head whose checksum was verified; {@code fileSize} bounds every count. */
    static IndexHead read(String source, ByteBuffer in, long fileSize) throws InputFormatException {
        try {
            return new Parser(source, in, fileSize).head();
        } catch (BufferUnderflowException e) {
            throw LibraryIndex.error(source, "index", "the head ends early");
        }
    }

    private static final class Parser {
        private final String source;
        private final ByteBuffer in;
        private final long fileSize;

        Parser(String source, ByteBuffer in, long fileSize) {
            this.source = source;
            this.in = in;
            this.fileSize = fileSize;
        }

        IndexHead head() throws InputFormatException {
            String name = string("panel"), version = string("panel");
            int m = count("panel", 1);
            List<Locus> loci = new ArrayList<>(m);
            for (int l = 0; l < m; l++) {
                String id = string("panel"), chrom = string("panel");
                int start = in.getInt(), end = in.getInt();
                try {
                    loci.add(new Locus(id, chrom, start, end));
                } catch (IllegalArgumentException e) {
                    throw error("panel", String.valueOf(e.getMessage()));
                }
            }
            MarkerPanel panel;
            try {
                panel = new MarkerPanel(name, version, loci);
            } catch (IllegalArgumentException e) {
                throw error("panel", String.valueOf(e.getMessage()));
            }
            AlleleDictionary dict = dictionary(m);
            int n = count("ids", 0);
            int bits = in.getInt();
            if (bits != 2 && bits != 4 && bits != 8 && bits != 16)
                throw error("matrix", "no layout with " + bits + " bits per call");
            int flags = in.getInt();
            if ((flags & ~1) != 0) throw error("flags", "unknown flags " + flags);
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) ids[i] = string("ids");
            if (in.hasRemaining()) throw error("index", "unexpected bytes after the head");
            return new IndexHead(panel, dict, ids, bits, flags == 1);
        }

        private AlleleDictionary dictionary(int m) throws InputFormatException {
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
                        int id = in.getInt();
                        if (id < 0 || id >= alleles)
                            throw error("dictionary", "allele id " + id + " out of range at locus " + l);
                        set[x] = names[id];
                    }
                    try {
                        // genotypes are re-encoded in code order, so each gets back its code
                        if (dict.encode(l, set) != c) throw error("dictionary", "repeated genotype at locus " + l);
                    } catch (IllegalArgumentException e) {
                        throw error("dictionary", String.valueOf(e.getMessage()));
                    }
                }
            }
            return dict;
        }

        private int count(String field, int min) throws InputFormatException {
            int v = in.getInt();
            if (v < min || v > fileSize) throw error(field, "implausible count " + v);
            return v;
        }

        private String string(String field) throws InputFormatException {
            int len = in.getInt();
            if (len < 0 || len > MAX_STRING || len > in.remaining())
                throw error(field, "implausible string length " + len);
            String s = new String(in.array(), in.arrayOffset() + in.position(), len, StandardCharsets.UTF_8);
            in.position(in.position() + len);
            return s;
        }

        private InputFormatException error(String field, String problem) {
            return LibraryIndex.error(source, field, problem);
        }
    }
}
