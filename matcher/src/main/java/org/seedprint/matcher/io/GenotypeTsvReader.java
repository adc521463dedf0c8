package org.seedprint.matcher.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;
import org.seedprint.matcher.profile.InvalidCallException;

/**
 * Reads the MNP lab genotype table {@code sample<TAB>locus<TAB>alleles<TAB>depths}: alleles and
 * depths joined by {@code /}, {@code .} for missing (or, in the depths column, unknown). An optional
 * header line names the four columns; blank lines and lines starting with {@code #} are skipped.
 * Parsed from the bytes: sample ids, locus ids and allele fields are interned, so each distinct one
 * is decoded and checked once.
 */
public final class GenotypeTsvReader {

    static final String[] HEADER = {"sample", "locus", "alleles", "depths"};
    private static final String[] MISSING = new String[0];

    private GenotypeTsvReader() {}

    public static void read(Path file, MarkerPanel panel, GenotypeSink sink) throws IOException, InputFormatException {
        read(file, file.toString(), panel, sink);
    }

    /** @param sourceName the name errors give for the file (an upload's name, not a temporary path) */
    public static void read(Path file, String sourceName, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try (ByteLines lines = ByteLines.open(file, sourceName)) {
            read(lines, panel, sink);
        }
    }

    /** From a stream of plain (not compressed) TSV bytes. */
    public static void read(InputStream in, String sourceName, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        read(ByteLines.of(in, sourceName), panel, sink);
    }

    private static void read(ByteLines lines, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        ByteInterner sampleIds = new ByteInterner(), locusIds = new ByteInterner(), alleleFields = new ByteInterner();
        List<String> samples = new ArrayList<>();
        List<BitSet> seen = new ArrayList<>();
        List<Integer> loci = new ArrayList<>();
        List<String[]> alleles = new ArrayList<>();
        boolean first = true;
        long rows = 0;
        int[] tab = new int[3];
        while (lines.next()) {
            byte[] b = lines.bytes();
            int start = lines.start(), end = lines.end();
            if (VcfText.blank(b, start, end) || b[start] == '#') continue;
            int tabs = 0;
            for (int i = start; i < end; i++) {
                if (b[i] == '\t') {
                    if (tabs < 3) tab[tabs] = i;
                    tabs++;
                }
            }
            if (first) {
                first = false;
                if (tabs == 3 && isHeader(lines, start, tab, end)) continue;
            }
            if (tabs != 3) {
                throw lines.error(
                        "columns",
                        "expected 4 tab-separated columns (sample, locus, alleles, depths), found " + (tabs + 1));
            }
            int sFrom = trimStart(b, start, tab[0]), sTo = trimEnd(b, sFrom, tab[0]);
            if (sFrom == sTo) throw lines.error("sample", "empty sample id");
            int sample = sampleIds.find(b, sFrom, sTo);
            if (sample < 0) {
                samples.add(lines.text(sFrom, sTo));
                seen.add(new BitSet(panel.size()));
                sample = sampleIds.add(b, sFrom, sTo);
            }
            int lFrom = trimStart(b, tab[0] + 1, tab[1]), lTo = trimEnd(b, lFrom, tab[1]);
            int id = locusIds.find(b, lFrom, lTo);
            if (id < 0) {
                String locusId = lines.text(lFrom, lTo);
                int index = panel.indexOf(locusId);
                if (index < 0) {
                    throw lines.error("locus", "unknown locus " + locusId + " (not in panel " + panel + ")");
                }
                loci.add(index);
                id = locusIds.add(b, lFrom, lTo);
            }
            int locus = loci.get(id);
            BitSet done = seen.get(sample);
            if (done.get(locus)) {
                throw lines.error(
                        "locus",
                        "second row for sample " + samples.get(sample) + " at locus "
                                + panel.locus(locus).id());
            }
            done.set(locus);
            int aFrom = trimStart(b, tab[1] + 1, tab[2]), aTo = trimEnd(b, aFrom, tab[2]);
            int a = alleleFields.find(b, aFrom, aTo);
            if (a < 0) {
                alleles.add(parseAlleles(lines, aFrom, aTo));
                a = alleleFields.add(b, aFrom, aTo);
            }
            String[] genotype = alleles.get(a);
            int dFrom = trimStart(b, tab[2] + 1, end), dTo = trimEnd(b, dFrom, end);
            int[] depths = parseDepths(lines, b, dFrom, dTo, genotype.length);
            try {
                sink.accept(samples.get(sample), locus, genotype, depths);
            } catch (InvalidCallException e) {
                throw lines.error(e.field(), e.getMessage());
            }
            rows++;
        }
        if (rows == 0) {
            throw lines.error("", lines.wasEmpty() ? "the file is empty: no genotypes" : "no genotypes: no data rows");
        }
    }

    private static boolean isHeader(ByteLines lines, int start, int[] tab, int end) throws InputFormatException {
        int[] from = {start, tab[0] + 1, tab[1] + 1, tab[2] + 1}, to = {tab[0], tab[1], tab[2], end};
        for (int i = 0; i < 4; i++) {
            if (!lines.text(from[i], to[i]).trim().equalsIgnoreCase(HEADER[i])) return false;
        }
        return true;
    }

    private static String[] parseAlleles(ByteLines lines, int from, int to) throws InputFormatException {
        String s = lines.text(from, to);
        if (s.equals(".") || s.isEmpty()) return MISSING;
        String[] a = s.split("/", -1);
        Set<String> distinct = new HashSet<>();
        for (String allele : a) {
            if (allele.isEmpty() || allele.equals(".")) throw lines.error("alleles", "empty allele in '" + s + "'");
            if (!distinct.add(allele)) throw lines.error("alleles", "allele " + allele + " listed twice");
        }
        return a;
    }

    private static int[] parseDepths(ByteLines lines, byte[] b, int from, int to, int alleleCount)
            throws InputFormatException {
        if (to == from || (to - from == 1 && b[from] == '.')) return null;
        if (alleleCount == 0) {
            throw lines.error("depths", "depths '" + lines.text(from, to) + "' given for a missing genotype");
        }
        int[] depths = new int[alleleCount];
        int k = 0;
        long v = 0;
        boolean digits = false;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == '/') {
                if (!digits || v > Integer.MAX_VALUE) {
                    String field = lines.text(from, to);
                    if (field.contains("-")) throw lines.error("depths", "negative depth in '" + field + "'");
                    throw lines.error("depths", "not a whole number in '" + field + "'");
                }
                if (k == alleleCount) break;
                depths[k++] = (int) v;
                v = 0;
                digits = false;
            } else if (b[i] >= '0' && b[i] <= '9') {
                v = Math.min(v * 10 + (b[i] - '0'), 1L << 40);
                digits = true;
            } else {
                digits = false;
                v = Long.MAX_VALUE;
                String field = lines.text(from, to);
                if (b[i] == '-') throw lines.error("depths", "negative depth in '" + field + "'");
                throw lines.error("depths", "not a whole number in '" + field + "'");
            }
        }
        int given = 1;
        for (int i = from; i < to; i++) if (b[i] == '/') given++;
        if (given != alleleCount) throw lines.error("depths", given + " depths for " + alleleCount + " alleles");
        return depths;
    }

    private static int trimStart(byte[] b, int from, int to) {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) from++;
        return from;
    }

    private static int trimEnd(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) to--;
        return to;
    }
}
