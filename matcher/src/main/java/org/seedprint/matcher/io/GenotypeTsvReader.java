package org.seedprint.matcher.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;
import org.seedprint.matcher.profile.InvalidCallException;

/**
 * Reads the MNP lab genotype table {@code sample<TAB>locus<TAB>alleles<TAB>depths}: alleles and
 * depths joined by {@code /}, {@code .} for missing (or, in the depths column, unknown). An optional
 * header line names the four columns; blank lines and lines starting with {@code #} are skipped.
 */
public final class GenotypeTsvReader {

    static final String[] HEADER = {"sample", "locus", "alleles", "depths"};

    private GenotypeTsvReader() {}

    public static void read(Path file, MarkerPanel panel, GenotypeSink sink) throws IOException, InputFormatException {
        try (BufferedReader r = Inputs.reader(file)) {
            read(r, file.toString(), panel, sink);
        }
    }

    public static void read(BufferedReader r, String source, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        Map<String, BitSet> seen = new HashMap<>();
        String line;
        long n = 0;
        boolean first = true;
        while ((line = r.readLine()) != null) {
            n++;
            line = Inputs.chomp(line);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (first && isHeader(f)) {
                first = false;
                continue;
            }
            first = false;
            if (f.length != 4) {
                throw new InputFormatException(
                        source,
                        n,
                        "columns",
                        "expected 4 tab-separated columns (sample, locus, alleles, depths), found " + f.length);
            }
            String sample = f[0].trim();
            if (sample.isEmpty()) throw new InputFormatException(source, n, "sample", "empty sample id");
            String locusId = f[1].trim();
            int locus = panel.indexOf(locusId);
            if (locus < 0) {
                throw new InputFormatException(
                        source, n, "locus", "unknown locus " + locusId + " (not in panel " + panel + ")");
            }
            if (!seen.computeIfAbsent(sample, s -> new BitSet(panel.size())).get(locus)) {
                seen.get(sample).set(locus);
            } else {
                throw new InputFormatException(
                        source, n, "locus", "second row for sample " + sample + " at locus " + locusId);
            }
            String[] alleles = parseAlleles(f[2].trim(), source, n);
            int[] depths = parseDepths(f[3].trim(), alleles.length, source, n);
            try {
                sink.accept(sample, locus, alleles, depths);
            } catch (InvalidCallException e) {
                throw new InputFormatException(source, n, e.field(), e.getMessage());
            }
        }
    }

    private static boolean isHeader(String[] f) {
        if (f.length != HEADER.length) return false;
        for (int i = 0; i < f.length; i++) {
            if (!f[i].trim().equalsIgnoreCase(HEADER[i])) return false;
        }
        return true;
    }

    private static String[] parseAlleles(String s, String source, long n) throws InputFormatException {
        if (s.equals(".") || s.isEmpty()) return new String[0];
        String[] a = s.split("/", -1);
        Set<String> distinct = new HashSet<>();
        for (String allele : a) {
            if (allele.isEmpty() || allele.equals(".")) {
                throw new InputFormatException(source, n, "alleles", "empty allele in '" + s + "'");
            }
            if (!distinct.add(allele)) {
                throw new InputFormatException(source, n, "alleles", "allele " + allele + " listed twice");
            }
        }
        return a;
    }

    private static int[] parseDepths(String s, int alleleCount, String source, long n) throws InputFormatException {
        if (s.equals(".") || s.isEmpty()) return null;
        if (alleleCount == 0) {
            throw new InputFormatException(source, n, "depths", "depths '" + s + "' given for a missing genotype");
        }
        String[] d = s.split("/", -1);
        if (d.length != alleleCount) {
            throw new InputFormatException(source, n, "depths", d.length + " depths for " + alleleCount + " alleles");
        }
        int[] depths = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            try {
                depths[i] = Integer.parseInt(d[i]);
            } catch (NumberFormatException e) {
                throw new InputFormatException(source, n, "depths", "not a whole number: '" + d[i] + "'");
            }
            if (depths[i] < 0) throw new InputFormatException(source, n, "depths", "negative depth " + depths[i]);
        }
        return depths;
    }
}
