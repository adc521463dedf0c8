package org.seedprint.matcher.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;
import org.seedprint.matcher.profile.InvalidCallException;

/**
 * Reads HapMap (TASSEL/GAPIT): 11 fixed columns ({@code rs#, alleles, chrom, pos, ...}, pos 1-based)
 * then one column per sample with IUPAC calls, one letter ({@code A}, {@code R} = A/G, {@code N}
 * missing) or two ({@code AG}, {@code NN}). SNPs inside a panel locus form it, as in VCF; HapMap
 * carries no phase, so loci with two or more heterozygous SNPs become genotype-tuple tokens.
 */
public final class HapMapReader {

    static final int FIXED_COLUMNS = 11;
    private static final int CHROM = 2, POS = 3;

    private HapMapReader() {}

    /** Reads every sample's genotypes at the panel loci; returns the sample ids in file order. */
    public static List<String> read(Path file, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        String source = file.toString();
        try (BufferedReader r = Inputs.reader(file)) {
            String[] samples = header(r.readLine(), source);
            LocusAssembler assembler = new LocusAssembler(samples, sink);
            String line;
            long n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                line = Inputs.chomp(line);
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length != FIXED_COLUMNS + samples.length) {
                    throw new InputFormatException(
                            source,
                            n,
                            "columns",
                            "expected " + (FIXED_COLUMNS + samples.length) + " columns as in the header, found "
                                    + f.length);
                }
                int locus = panel.findLocus(f[CHROM], position(f[POS], source, n) - 1);
                if (locus < 0) continue;
                SiteCall[] calls = new SiteCall[samples.length];
                Map<String, SiteCall> seen = new HashMap<>();
                for (int s = 0; s < samples.length; s++) {
                    String call = f[FIXED_COLUMNS + s].trim();
                    SiteCall known = seen.get(call);
                    if (known != null) {
                        calls[s] = known;
                        continue;
                    }
                    String[] alleles = iupac(call);
                    if (alleles == INVALID) {
                        throw new InputFormatException(
                                source, n, samples[s], "not an IUPAC call: '" + f[FIXED_COLUMNS + s] + "'");
                    }
                    if (alleles != null) {
                        calls[s] = new SiteCall(alleles, false);
                        seen.put(call, calls[s]);
                    }
                }
                boolean added;
                try {
                    added = assembler.add(locus, calls);
                } catch (InvalidCallException e) {
                    throw new InputFormatException(source, n, e.field(), e.getMessage());
                }
                if (!added) {
                    throw new InputFormatException(
                            source,
                            n,
                            "pos",
                            "SNP " + f[0] + " comes back to locus "
                                    + panel.locus(locus).id()
                                    + " after other SNPs: sort the file by chromosome and position");
                }
            }
            try {
                assembler.finish();
            } catch (InvalidCallException e) {
                throw new InputFormatException(source, n, e.field(), e.getMessage());
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
        if (maxSpan < 1 || minSnps < 1) throw new IllegalArgumentException("need maxSpan >= 1 and minSnps >= 1");
        String source = file.toString();
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        try (BufferedReader r = Inputs.reader(file)) {
            header(r.readLine(), source);
            String line;
            long n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String[] f = line.split("\t", POS + 2);
                if (f.length <= POS)
                    throw new InputFormatException(source, n, "columns", "fewer than " + FIXED_COLUMNS + " columns");
                positions.computeIfAbsent(f[CHROM], c -> new ArrayList<>()).add(position(f[POS], source, n));
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
                    source, 0, "pos", "no window of " + minSnps + "+ SNPs within " + maxSpan + " bp: no panel");
        }
        return new MarkerPanel(name, version, loci);
    }

    private static String[] header(String line, String source) throws InputFormatException {
        if (line == null) throw new InputFormatException(source, 1, "header", "empty file");
        String[] f = Inputs.chomp(line).split("\t", -1);
        if (f.length <= FIXED_COLUMNS || !f[0].equals("rs#") || !f[CHROM].equals("chrom") || !f[POS].equals("pos")) {
            throw new InputFormatException(
                    source,
                    1,
                    "header",
                    "not a HapMap header (rs#, alleles, chrom, pos, ... then " + "at least one sample after "
                            + FIXED_COLUMNS + " fixed columns)");
        }
        Set<String> seen = new HashSet<>();
        String[] samples = new String[f.length - FIXED_COLUMNS];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = f[FIXED_COLUMNS + i].trim();
            if (samples[i].isEmpty())
                throw new InputFormatException(source, 1, "column " + (FIXED_COLUMNS + i + 1), "empty sample id");
            if (!seen.add(samples[i])) throw new InputFormatException(source, 1, samples[i], "sample appears twice");
        }
        return samples;
    }

    private static int position(String s, String source, long n) throws InputFormatException {
        try {
            int p = Integer.parseInt(s.trim());
            if (p < 1)
                throw new InputFormatException(source, n, "pos", "position " + p + " (HapMap positions are 1-based)");
            return p;
        } catch (NumberFormatException e) {
            throw new InputFormatException(source, n, "pos", "not a whole number: '" + s + "'");
        }
    }

    private static final String[] INVALID = new String[0];

    /** Alleles of one call; null for missing, {@link #INVALID} for anything else. */
    static String[] iupac(String call) {
        if (call.length() == 2) {
            char a = call.charAt(0), b = call.charAt(1);
            if (a == 'N' && b == 'N') return null;
            if (!isBase(a) || !isBase(b)) return INVALID;
            return new String[] {String.valueOf(a), String.valueOf(b)};
        }
        if (call.length() != 1) return INVALID;
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
            default -> INVALID;
        };
    }

    private static boolean isBase(char c) {
        return c == 'A' || c == 'C' || c == 'G' || c == 'T' || c == '+' || c == '-';
    }

    private static String[] pair(String a, String b) {
        return new String[] {a, b};
    }
}
