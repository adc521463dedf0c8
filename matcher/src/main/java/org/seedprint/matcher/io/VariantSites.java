package org.seedprint.matcher.io;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.GenotypesContext;
import htsjdk.variant.variantcontext.VariantContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * htsjdk's decoded records into the {@link LocusAssembler}: the BCF path, and the reference the
 * byte-level VCF reader is tested against. Equal calls of a record share one call id.
 */
final class VariantSites {

    private final String source;
    private final LocusAssembler assembler;
    private final Map<List<Allele>, Integer> phased = new HashMap<>();
    private final Map<List<Allele>, Integer> unphased = new HashMap<>();
    private final List<SiteCall> calls = new ArrayList<>();
    private String chrom = "";

    VariantSites(String source, String[] samples, MarkerPanel panel, GenotypeSink sink) {
        this.source = source;
        this.assembler = new LocusAssembler(source, samples, panel, sink);
    }

    void add(VariantContext vc, long line, String field) throws InputFormatException {
        if (!vc.getContig().equals(chrom)) chrom = vc.getContig();
        int locus = assembler.locate(chrom, vc.getStart(), line, field);
        if (locus < 0) return;
        int[] ids = assembler.siteIds();
        try {
            fill(vc.getGenotypes(), ids);
        } catch (RuntimeException e) {
            throw new InputFormatException(source, line, field, "malformed genotypes: " + e.getMessage());
        }
        assembler.add(locus, calls.toArray(SiteCall[]::new), line);
    }

    long finish() throws InputFormatException {
        return assembler.finish();
    }

    private void fill(GenotypesContext genotypes, int[] ids) {
        phased.clear();
        unphased.clear();
        calls.clear();
        calls.add(null);
        for (int s = 0; s < ids.length; s++) {
            Genotype g = genotypes.get(s);
            List<Allele> alleles = g.getAlleles();
            ids[s] = 0;
            if (alleles.isEmpty()) continue;
            Map<List<Allele>, Integer> seen = g.isPhased() ? phased : unphased;
            Integer known = seen.get(alleles);
            if (known != null) {
                ids[s] = known;
                continue;
            }
            String[] bases = new String[alleles.size()];
            boolean called = true;
            for (int i = 0; i < bases.length && called; i++) {
                Allele a = alleles.get(i);
                called = !a.isNoCall();
                bases[i] = a.getDisplayString();
            }
            int id = 0;
            if (called) {
                id = calls.size();
                calls.add(new SiteCall(bases, g.isPhased()));
            }
            seen.put(alleles, id);
            ids[s] = id;
        }
    }
}
