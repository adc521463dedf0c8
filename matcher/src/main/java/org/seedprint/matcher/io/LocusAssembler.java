package org.seedprint.matcher.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;
import org.seedprint.matcher.profile.InvalidCallException;

/**
 * Turns site calls (VCF, BCF, HapMap) into locus genotypes. Sites come sorted: each chromosome in
 * one block, positions never decreasing, and no two records at one position inside a locus; anything
 * else is an error naming the line, never a genotype assembled in file order. The sites of a locus
 * are buffered as call ids (one small int per sample and site); when the locus ends, every distinct
 * combination of calls is assembled once and the locus goes to the sink in one
 * {@link GenotypeSink#acceptLocus} call. The rules (docs/matcher.md, "VCF and BCF"): a no-call at any
 * site makes the locus missing; haplotypes are the site alleles concatenated when phase is determined
 * (every heterozygous site phased, or at most one); otherwise the locus is one canonical
 * genotype-tuple token.
 */
final class LocusAssembler {

    private static final String[] MISSING = new String[0];

    private final String source;
    private final String[] samples;
    private final MarkerPanel panel;
    private final GenotypeSink sink;
    private final Set<String> finishedChroms = new HashSet<>();
    private String chrom;
    private int pos;
    private int current = -1;
    private long currentLine;
    private int sites;
    private int[][] ids = new int[4][];
    private SiteCall[][] calls = new SiteCall[4][];
    private final int[] which;
    private final List<String[]> genotypes = new ArrayList<>();
    private final LongIntMap byKey = new LongIntMap();
    private final Map<List<Integer>, Integer> byTuple = new HashMap<>();
    private long delivered;

    LocusAssembler(String source, String[] samples, MarkerPanel panel, GenotypeSink sink) {
        this.source = source;
        this.samples = samples;
        this.panel = panel;
        this.sink = sink;
        this.which = new int[samples.length];
    }

    /**
     * The panel locus of a record at {@code chrom:pos} (1-based), or -1 when it lies outside every
     * locus; checks the sort order first. Pass the same String instance while the chromosome stays.
     */
    @SuppressWarnings("ReferenceEquality") // identity first: readers keep one String per chromosome
    int locate(String chromosome, int position, long line, String field) throws InputFormatException {
        if (chromosome != chrom && !chromosome.equals(chrom)) {
            if (chrom != null) finishedChroms.add(chrom);
            if (finishedChroms.contains(chromosome)) {
                throw new InputFormatException(
                        source,
                        line,
                        field,
                        "chromosome " + chromosome + " comes back after other chromosomes: sort the file by"
                                + " chromosome and position");
            }
            flush();
            chrom = chromosome;
        } else if (position < pos) {
            throw new InputFormatException(
                    source,
                    line,
                    field,
                    chromosome + ":" + position + " comes after position " + pos
                            + ": the file is not sorted by position");
        }
        int locus = panel.findLocus(chromosome, position - 1);
        if (locus >= 0 && locus == current && position == pos) {
            throw new InputFormatException(
                    source,
                    line,
                    field,
                    "a second record at " + chromosome + ":" + position + " inside locus "
                            + panel.locus(locus).id() + ": one record per position (join split multi-allelic"
                            + " records, e.g. bcftools norm -m+)");
        }
        pos = position;
        if (locus != current) flush();
        return locus;
    }

    /** The array to fill with this site's call id per sample (0 = no call), before {@link #add}. */
    int[] siteIds() {
        if (sites == ids.length) {
            ids = Arrays.copyOf(ids, sites * 2);
            calls = Arrays.copyOf(calls, sites * 2);
        }
        if (ids[sites] == null) ids[sites] = new int[samples.length];
        return ids[sites];
    }

    /**
     * Adds the site whose ids {@link #siteIds} returned to the locus {@link #locate} returned;
     * {@code siteCalls[id]} is the call of id ({@code siteCalls[0]} unused: no call).
     */
    void add(int locus, SiteCall[] siteCalls, long line) {
        current = locus;
        currentLine = line;
        calls[sites++] = siteCalls;
    }

    /** Delivers the last locus; returns how many locus genotypes went to the sink in all. */
    long finish() throws InputFormatException {
        flush();
        return delivered;
    }

    private void flush() throws InputFormatException {
        if (current < 0) return;
        genotypes.clear();
        genotypes.add(MISSING);
        byKey.clear();
        byTuple.clear();
        int[] bits = new int[sites];
        int total = 0;
        for (int k = 0; k < sites; k++) {
            bits[k] = 32 - Integer.numberOfLeadingZeros(calls[k].length);
            total += bits[k];
        }
        SiteCall[] tuple = new SiteCall[sites];
        Integer[] boxed = total > 63 ? new Integer[sites] : null;
        for (int s = 0; s < samples.length; s++) {
            long key = 0;
            boolean missing = false;
            for (int k = 0; k < sites && !missing; k++) {
                int id = ids[k][s];
                missing = id == 0;
                key = key << bits[k] | id;
                if (boxed != null) boxed[k] = id;
            }
            if (missing) {
                which[s] = 0;
                continue;
            }
            int g = boxed == null ? byKey.get(key) : byTuple.getOrDefault(Arrays.asList(boxed), -1);
            if (g < 0) {
                for (int k = 0; k < sites; k++) tuple[k] = calls[k][ids[k][s]];
                g = genotypes.size();
                genotypes.add(assemble(tuple));
                if (boxed == null) byKey.put(key, g);
                else byTuple.put(List.of(boxed), g);
            }
            which[s] = g;
        }
        try {
            sink.acceptLocus(samples, current, genotypes.toArray(String[][]::new), which);
        } catch (InvalidCallException e) {
            throw new InputFormatException(source, currentLine, e.field(), e.getMessage());
        }
        delivered += samples.length;
        current = -1;
        sites = 0;
    }

    /** The genotype of one sample's calls at the sites of a locus, in position order. */
    static String[] assemble(SiteCall[] tuple) {
        int ploidy = -1, het = 0, unphasedHet = 0;
        boolean multiBase = false;
        for (SiteCall c : tuple) {
            if (ploidy >= 0 && c.alleles().length != ploidy) return new String[] {token(tuple)};
            ploidy = c.alleles().length;
            for (String a : c.alleles()) multiBase |= a.length() != 1;
            if (c.heterozygous()) {
                het++;
                if (!c.phased()) unphasedHet++;
            }
        }
        if (unphasedHet > 0 && het > 1) return new String[] {token(tuple)};
        TreeSet<String> haplotypes = new TreeSet<>();
        for (int copy = 0; copy < ploidy; copy++) {
            StringBuilder h = new StringBuilder(tuple.length * 2);
            for (SiteCall c : tuple) {
                String[] order = c.phased() ? c.alleles() : sorted(c.alleles());
                if (multiBase && !h.isEmpty()) h.append(':');
                h.append(order[copy]);
            }
            haplotypes.add(h.toString());
        }
        return haplotypes.toArray(String[]::new);
    }

    /** Canonical unphased genotype tuple, e.g. {@code A,G;C,C;C,T}: sites in order, alleles sorted. */
    private static String token(SiteCall[] tuple) {
        StringBuilder t = new StringBuilder();
        for (SiteCall c : tuple) {
            if (!t.isEmpty()) t.append(';');
            t.append(String.join(",", sorted(c.alleles())));
        }
        return t.toString();
    }

    private static String[] sorted(String[] a) {
        String[] s = a.clone();
        Arrays.sort(s);
        return s;
    }
}
