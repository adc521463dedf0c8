package org.seedprint.matcher.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * Reads HapMap (TASSEL/GAPIT): 11 fixed columns ({@code rs#, alleles, chrom, pos, ...}, pos 1-based)
 * then one column per sample with IUPAC calls, one letter ({@code A}, {@code R} = A/G, {@code N}
 * missing) or two ({@code AG}, {@code NN}). SNPs inside a panel locus form it, as in VCF; HapMap
 * carries no phase, so loci with two or more heterozygous SNPs become genotype-tuple tokens. Every
 * call of every row is checked, inside a locus or not, and rows must be sorted by chromosome and
 * position. Parsed from the bytes: a call is looked up in a table by its one or two letters.
 */
public final class HapMapReader {

    static final int FIXED_COLUMNS = 11;
    private static final int CHROM = 2, POS = 3;
    private static final int UNKNOWN = -2, INVALID = -1, MISSING = 0;

    private HapMapReader() {}

    /** Reads every sample's genotypes at the panel loci; returns the sample ids in file order. */
    public static List<String> read(Path file, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        return read(file, file.toString(), panel, sink);
    }

    /** @param sourceName the name errors give for the file (an upload's name, not a temporary path) */
    public static List<String> read(Path file, String sourceName, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try (ByteLines lines = ByteLines.open(file, sourceName)) {
            String[] samples = header(lines);
            LocusAssembler assembler = new LocusAssembler(sourceName, samples, panel, sink);
            Calls calls = new Calls();
            int[] tabs = new int[FIXED_COLUMNS + samples.length + 1];
            String chrom = "";
            byte[] chromBytes = new byte[0];
            while (lines.next()) {
                byte[] b = lines.bytes();
                int start = lines.start(), end = lines.end();
                if (VcfText.blank(b, start, end)) continue;
                int columns = split(b, start, end, tabs);
                if (columns != FIXED_COLUMNS + samples.length) {
                    throw lines.error(
                            "columns",
                            "expected " + (FIXED_COLUMNS + samples.length) + " columns as in the header, found "
                                    + columns);
                }
                int cFrom = tabs[CHROM - 1] + 1, cTo = tabs[CHROM];
                if (cTo - cFrom != chromBytes.length
                        || !Arrays.equals(b, cFrom, cTo, chromBytes, 0, chromBytes.length)) {
                    chromBytes = Arrays.copyOfRange(b, cFrom, cTo);
                    chrom = lines.text(cFrom, cTo).trim();
                }
                int pos = position(lines, tabs[POS - 1] + 1, tabs[POS]);
                int locus = assembler.locate(chrom, pos, lines.line(), "pos");
                int[] ids = locus >= 0 ? assembler.siteIds() : calls.scratch(samples.length);
                for (int s = 0; s < samples.length; s++) {
                    int id = calls.id(b, tabs[FIXED_COLUMNS + s - 1] + 1, tabs[FIXED_COLUMNS + s]);
                    if (id == INVALID) {
                        int from = tabs[FIXED_COLUMNS + s - 1] + 1, to = tabs[FIXED_COLUMNS + s];
                        throw lines.error(samples[s], "not an IUPAC call: '" + lines.text(from, to) + "'");
                    }
                    ids[s] = id;
                }
                if (locus >= 0) assembler.add(locus, calls.snapshot(), lines.line());
            }
            if (assembler.finish() == 0) {
                throw new InputFormatException(
                        sourceName, lines.line(), "", "no genotypes: no SNP lies inside a locus of panel " + panel);
            }
            return List.of(samples);
        }
    }

    /**
     * An MNP-like panel from the SNP positions: per chromosome, windows opened at the first
     * unused SNP and closed before the first SNP more than {@code maxSpan} bp away (so a window spans
     * at most {@code maxSpan} bp, an amplicon's length); windows with fewer than {@code minSnps} SNPs are dropped.
     */
    public static MarkerPanel derivePanel(Path file, String name, String version, int maxSpan, int minSnps)
            throws IOException, InputFormatException {
        return derivePanel(file, file.toString(), name, version, maxSpan, minSnps);
    }

    public static MarkerPanel derivePanel(
            Path file, String sourceName, String name, String version, int maxSpan, int minSnps)
            throws IOException, InputFormatException {
        if (maxSpan < 1 || minSnps < 1) throw new IllegalArgumentException("need maxSpan >= 1 and minSnps >= 1");
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        try (ByteLines lines = ByteLines.open(file, sourceName)) {
            header(lines);
            int[] tabs = new int[POS + 2];
            while (lines.next()) {
                byte[] b = lines.bytes();
                if (VcfText.blank(b, lines.start(), lines.end())) continue;
                int columns = split(b, lines.start(), lines.end(), tabs);
                if (columns <= POS) throw lines.error("columns", "fewer than " + FIXED_COLUMNS + " columns");
                String chrom = lines.text(tabs[CHROM - 1] + 1, tabs[CHROM]).trim();
                positions
                        .computeIfAbsent(chrom, c -> new ArrayList<>())
                        .add(position(lines, tabs[POS - 1] + 1, tabs[POS]));
            }
        }
        List<Locus> loci = new ArrayList<>();
        positions.forEach((chrom, list) -> {
            int[] p = list.stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .distinct()
                    .toArray();
            for (int i = 0; i < p.length; ) {
                int j = i;
                while (j + 1 < p.length && p[j + 1] - p[i] < maxSpan) j++;
                if (j - i + 1 >= minSnps) {
                    loci.add(new Locus(chrom + "_" + p[i] + "_" + p[j], chrom, p[i] - 1, p[j]));
                }
                i = j + 1;
            }
        });
        if (loci.isEmpty()) {
            throw new InputFormatException(
                    sourceName, 0, "pos", "no window of " + minSnps + "+ SNPs within " + maxSpan + " bp: no panel");
        }
        return new MarkerPanel(name, version, loci);
    }

    /**
     * Splits at tabs: {@code tabs[k]} is the end of column k (a tab or the line end), so column
     * k >= 1 is {@code tabs[k-1] + 1 .. tabs[k]}. Returns the number of columns, also past the array's size.
     */
    private static int split(byte[] b, int start, int end, int[] tabs) {
        int k = 0;
        for (int i = start; i < end; i++) {
            if (b[i] == '\t') {
                if (k < tabs.length) tabs[k] = i;
                k++;
            }
        }
        if (k < tabs.length) tabs[k] = end;
        return k + 1;
    }

    private static String[] header(ByteLines lines) throws IOException, InputFormatException {
        if (!lines.next()) throw lines.error("header", "the file is empty: no genotypes");
        String[] f = lines.text(lines.start(), lines.end()).split("\t", -1);
        if (f.length <= FIXED_COLUMNS || !f[0].equals("rs#") || !f[CHROM].equals("chrom") || !f[POS].equals("pos")) {
            throw lines.error(
                    "header",
                    "not a HapMap header (rs#, alleles, chrom, pos, ... then at least one sample after " + FIXED_COLUMNS
                            + " fixed columns)");
        }
        Set<String> seen = new HashSet<>();
        String[] samples = new String[f.length - FIXED_COLUMNS];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = f[FIXED_COLUMNS + i].trim();
            if (samples[i].isEmpty()) throw lines.error("column " + (FIXED_COLUMNS + i + 1), "empty sample id");
            if (!seen.add(samples[i])) throw lines.error(samples[i], "sample appears twice");
        }
        return samples;
    }

    private static int position(ByteLines lines, int from, int to) throws InputFormatException {
        String s = lines.text(from, to);
        try {
            int p = Integer.parseInt(s.trim());
            if (p < 1) throw lines.error("pos", "position " + p + " (HapMap positions are 1-based)");
            return p;
        } catch (NumberFormatException e) {
            throw lines.error("pos", "not a whole number: '" + s + "'");
        }
    }

    /** Call ids of the IUPAC calls: looked up by their one or two letters, each assembled once. */
    private static final class Calls {
        private final int[] table = new int[1 << 16];
        private SiteCall[] calls = new SiteCall[] {null};
        private int[] scratch = new int[0];

        Calls() {
            Arrays.fill(table, UNKNOWN);
        }

        int id(byte[] b, int from, int to) {
            while (from < to && (b[from] & 0xFF) <= ' ') from++;
            while (to > from && (b[to - 1] & 0xFF) <= ' ') to--;
            int len = to - from;
            if (len < 1 || len > 2 || b[from] < 0 || b[to - 1] < 0) return INVALID;
            int key = len == 1 ? b[from] : (b[from] << 8) | b[from + 1];
            int id = table[key];
            if (id != UNKNOWN) return id;
            String[] alleles = iupac(new String(b, from, len, StandardCharsets.ISO_8859_1));
            if (alleles == INVALID_CALL) id = INVALID;
            else if (alleles == null) id = MISSING;
            else {
                id = calls.length;
                calls = Arrays.copyOf(calls, id + 1);
                calls[id] = new SiteCall(alleles, false);
            }
            table[key] = id;
            return id;
        }

        /** The calls by id; a new array whenever one was added, so earlier sites keep theirs. */
        SiteCall[] snapshot() {
            return calls;
        }

        int[] scratch(int n) {
            if (scratch.length != n) scratch = new int[n];
            return scratch;
        }
    }

    private static final String[] INVALID_CALL = new String[0];

    /** Alleles of one call; null for missing, {@link #INVALID_CALL} for anything else. */
    static String[] iupac(String call) {
        if (call.length() == 2) {
            char a = call.charAt(0), b = call.charAt(1);
            if (a == 'N' && b == 'N') return null;
            if (!isBase(a) || !isBase(b)) return INVALID_CALL;
            return new String[] {String.valueOf(a), String.valueOf(b)};
        }
        if (call.length() != 1) return INVALID_CALL;
        return switch (call.charAt(0)) {
            case 'A' -> pair("A", "A");
            case 'C' -> pair("C", "C");
            case 'G' -> pair("G", "G");
            case 'T' -> pair("T", "T");
            case '+' -> pair("+", "+");
            case '-' -> pair("-", "-");
            case 'R' -> pair("A", "G");
            case 'Y' -> pair("C", "T");
            case 'S' -> pair("C", "G");
            case 'W' -> pair("A", "T");
            case 'K' -> pair("G", "T");
            case 'M' -> pair("A", "C");
            case '0' -> pair("+", "-");
            case 'N' -> null;
            default -> INVALID_CALL;
        };
    }

    private static boolean isBase(char c) {
        return c == 'A' || c == 'C' || c == 'G' || c == 'T' || c == '+' || c == '-';
    }

    private static String[] pair(String a, String b) {
        return new String[] {a, b};
    }
}
