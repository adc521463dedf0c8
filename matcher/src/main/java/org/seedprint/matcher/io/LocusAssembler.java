package org.seedprint.matcher.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * Turns site calls (VCF, HapMap) into locus genotypes. The sites of one panel locus must arrive
 * together; when the next locus starts, every sample's genotype at the finished locus goes to the sink.
 * The rules (docs/matcher.md, "VCF and HapMap"): a no-call at any site makes the locus missing;
 * haplotypes are the site alleles concatenated when they are determined (the heterozygous sites
 * are all phased, or there is at most one); otherwise the locus is one canonical genotype-tuple token.
 * A sink's {@link org.seedprint.matcher.profile.InvalidCallException} passes through: the reader locates it.
 */
final class LocusAssembler {

    private final String[] samples;
    private final GenotypeSink sink;
    private final BitSet finished = new BitSet();
    private final List<SiteCall[]> sites = new ArrayList<>();
    // Samples with the same calls share one result: readers intern equal calls of a site into one SiteCall.
    private final Map<Object, String[]> memo = new HashMap<>();
    private int current = -1;
    private static final String[] MISSING = new String[0];

    LocusAssembler(String[] samples, GenotypeSink sink) {
        this.samples = samples;
        this.sink = sink;
    }

    /** Adds one site; false when its locus was already finished (input not sorted by position). */
    boolean add(int locus, SiteCall[] callsBySample) {
        if (locus != current) {
            if (finished.get(locus)) return false;
            flush();
            current = locus;
        }
        sites.add(callsBySample);
        return true;
    }

    void finish() {
        flush();
    }

    private void flush() {
        if (current < 0) return;
        for (int s = 0; s < samples.length; s++) {
            sink.accept(samples[s], current, genotype(s), null);
        }
        finished.set(current);
        sites.clear();
        memo.clear();
        current = -1;
    }

    private String[] genotype(int sample) {
        Object key;
        if (sites.size() == 1) {
            key = sites.get(0)[sample];
            if (key == null) return MISSING;
        } else {
            SiteCall[] tuple = new SiteCall[sites.size()];
            for (int k = 0; k < tuple.length; k++) {
                tuple[k] = sites.get(k)[sample];
                if (tuple[k] == null) return MISSING;
            }
            key = Arrays.asList(tuple);
        }
        String[] g = memo.get(key);
        if (g == null) {
            g = assemble(sample);
            memo.put(key, g);
        }
        return g;
    }

    private String[] assemble(int sample) {
        int ploidy = -1, het = 0, unphasedHet = 0;
        boolean multiBase = false;
        for (SiteCall[] site : sites) {
            SiteCall c = site[sample];
            if (ploidy >= 0 && c.alleles().length != ploidy) return new String[] {token(sample)};
            ploidy = c.alleles().length;
            for (String a : c.alleles()) multiBase |= a.length() != 1;
            if (c.heterozygous()) {
                het++;
                if (!c.phased()) unphasedHet++;
            }
        }
        if (unphasedHet > 0 && het > 1) return new String[] {token(sample)};
        TreeSet<String> haplotypes = new TreeSet<>();
        for (int copy = 0; copy < ploidy; copy++) {
            StringBuilder h = new StringBuilder(sites.size() * 2);
            for (SiteCall[] site : sites) {
                SiteCall c = site[sample];
                String[] order = c.phased() ? c.alleles() : sorted(c.alleles());
                if (multiBase && !h.isEmpty()) h.append(':');
                h.append(order[copy]);
            }
            haplotypes.add(h.toString());
        }
        return haplotypes.toArray(String[]::new);
    }

    /** Canonical unphased genotype tuple, e.g. {@code A,G;C,C;C,T}: sites in order, alleles sorted. */
    private String token(int sample) {
        StringBuilder t = new StringBuilder();
        for (SiteCall[] site : sites) {
            if (!t.isEmpty()) t.append(';');
            t.append(String.join(",", sorted(site[sample].alleles())));
        }
        return t.toString();
    }

    private static String[] sorted(String[] a) {
        String[] s = a.clone();
        Arrays.sort(s);
        return s;
    }
}
