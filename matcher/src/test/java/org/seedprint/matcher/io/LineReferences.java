package org.seedprint.matcher.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * Plain String-per-line readers of the TSV and HapMap (String.split, the documented rules), the
 * references the byte-level readers are fuzzed against. Lines split as the readers split them (at
 * {@code \n}, one {@code \r} dropped); fields decoded strictly as UTF-8 where they are used.
 */
final class LineReferences {

    private LineReferences() {}

    static void tsv(Path file, String source, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try (InputStream in = Inputs.open(file, 1);
                ByteLines lines = ByteLines.of(in, source)) {
            Map<String, BitSet> seen = new HashMap<>();
            boolean first = true;
            long rows = 0;
            while (lines.next()) {
                byte[] b = lines.bytes();
                if (VcfText.blank(b, lines.start(), lines.end()) || b[lines.start()] == '#')
                    continue; // comments need not be UTF-8
                String line = lines.text(lines.start(), lines.end());
                String[] f = line.split("\t", -1);
                if (first) {
                    first = false;
                    if (f.length == 4
                            && f[0].trim().equalsIgnoreCase("sample")
                            && f[1].trim().equalsIgnoreCase("locus")
                            && f[2].trim().equalsIgnoreCase("alleles")
                            && f[3].trim().equalsIgnoreCase("depths")) continue;
                }
                if (f.length != 4) throw lines.error("columns", "columns");
                String sample = trim(f[0]);
                if (sample.isEmpty()) throw lines.error("sample", "empty");
                int locus = panel.indexOf(trim(f[1]));
                if (locus < 0) throw lines.error("locus", "unknown");
                if (!seen.computeIfAbsent(sample, s -> new BitSet()).get(locus))
                    seen.get(sample).set(locus);
                else throw lines.error("locus", "second row");
                String a = trim(f[2]);
                String[] alleles = a.equals(".") || a.isEmpty() ? new String[0] : a.split("/", -1);
                Set<String> distinct = new HashSet<>();
                for (String x : alleles) {
                    if (x.isEmpty() || x.equals(".") || !distinct.add(x)) throw lines.error("alleles", "bad");
                }
                String d = trim(f[3]);
                int[] depths = null;
                if (!d.equals(".") && !d.isEmpty()) {
                    if (alleles.length == 0) throw lines.error("depths", "for missing");
                    String[] parts = d.split("/", -1);
                    if (parts.length != alleles.length) throw lines.error("depths", "count");
                    depths = new int[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        if (!parts[i].matches("[0-9]+")
                                || new BigInteger(parts[i]).compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0)
                            throw lines.error("depths", "number");
                        depths[i] = Integer.parseInt(parts[i]);
                    }
                }
                sink.accept(sample, locus, alleles, depths);
                rows++;
            }
            if (rows == 0) throw lines.error("", "no genotypes");
        }
    }

    static void hapMap(Path file, String source, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try (InputStream in = Inputs.open(file, 1);
                ByteLines lines = ByteLines.of(in, source)) {
            if (!lines.next()) throw lines.error("header", "empty");
            String[] h = lines.text(lines.start(), lines.end()).split("\t", -1);
            if (h.length <= 11 || !h[0].equals("rs#") || !h[2].equals("chrom") || !h[3].equals("pos"))
                throw lines.error("header", "not HapMap");
            List<String> ids = new ArrayList<>();
            for (int i = 11; i < h.length; i++) {
                String s = h[i].trim();
                if (s.isEmpty() || ids.contains(s)) throw lines.error("header", "sample");
                ids.add(s);
            }
            String[] samples = ids.toArray(String[]::new);
            LocusAssembler assembler = new LocusAssembler(source, samples, panel, sink);
            while (lines.next()) {
                byte[] b = lines.bytes();
                if (VcfText.blank(b, lines.start(), lines.end())) continue;
                // unused columns as Latin-1, so that only the columns read must be UTF-8
                String raw = new String(b, lines.start(), lines.end() - lines.start(), StandardCharsets.ISO_8859_1);
                String[] f = raw.split("\t", -1);
                if (f.length != 11 + samples.length) throw lines.error("columns", "columns");
                String chrom = utf8(lines, f[2]).trim();
                int pos;
                try {
                    pos = Integer.parseInt(utf8(lines, f[3]).trim());
                } catch (NumberFormatException e) {
                    throw lines.error("pos", "number");
                }
                if (pos < 1) throw lines.error("pos", "1-based");
                int locus = assembler.locate(chrom, pos, lines.line(), "pos");
                int[] callIds = locus >= 0 ? assembler.siteIds() : new int[samples.length];
                List<SiteCall> calls = new ArrayList<>();
                calls.add(null);
                for (int s = 0; s < samples.length; s++) {
                    String[] alleles = HapMapReader.iupac(f[11 + s].trim());
                    if (alleles != null && alleles.length == 0) throw lines.error(samples[s], "not IUPAC");
                    callIds[s] = 0;
                    if (alleles != null) {
                        calls.add(new SiteCall(alleles, false));
                        callIds[s] = calls.size() - 1;
                    }
                }
                if (locus >= 0) assembler.add(locus, calls.toArray(SiteCall[]::new), lines.line());
            }
            if (assembler.finish() == 0) throw lines.error("", "no genotypes");
        }
    }

    /** The TSV reader trims spaces and tabs only. */
    private static String trim(String s) {
        int a = 0, b = s.length();
        while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) a++;
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) b--;
        return s.substring(a, b);
    }

    private static String utf8(ByteLines lines, String latin1) throws InputFormatException {
        byte[] b = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return ByteLines.text(b, 0, b.length, lines.source(), lines.line());
    }
}
