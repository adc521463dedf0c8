package org.seedprint.registry.brapi;

import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.profile.AlleleDictionary;

/**
 * How a locus genotype (a set of haplotype alleles, unphased, of unknown dosage) is written:
 * allele indices ("0/2", index 0 = the variant's referenceBases, 1.. = its alternateBases in
 * order) or the haplotype strings themselves, joined by {@code sepUnphased}; {@code unknownString}
 * when missing. A one-allele set is written once, or twice with {@code expandHomozygotes}
 * (the diploid reading of an inbred line). Sets are unordered, so {@code sepPhased} is never used.
 */
record GenotypeFormat(boolean expandHomozygotes, String unknownString, String sepPhased, String sepUnphased) {

    static GenotypeFormat of(
            @Nullable Boolean expandHomozygotes,
            @Nullable String unknownString,
            @Nullable String sepPhased,
            @Nullable String sepUnphased) {
        return new GenotypeFormat(
                expandHomozygotes != null && expandHomozygotes,
                unknownString == null ? "." : unknownString,
                sepPhased == null ? "|" : sepPhased,
                sepUnphased == null ? "/" : sepUnphased);
    }

    /** The GT text of every genotype code of a locus (index = code; 0 = missing). */
    String[] indices(AlleleDictionary d, int locus) {
        String[] out = new String[d.genotypeCount(locus) + 1];
        out[0] = unknownString;
        for (int c = 1; c < out.length; c++) out[c] = join(d.alleleIds(locus, c), false, d, locus);
        return out;
    }

    /** The haplotype text of a genotype code. */
    String haplotypes(AlleleDictionary d, int locus, int code) {
        return code == AlleleDictionary.MISSING ? unknownString : join(d.alleleIds(locus, code), true, d, locus);
    }

    private String join(int[] ids, boolean haplotypes, AlleleDictionary d, int locus) {
        StringBuilder b = new StringBuilder();
        int n = expandHomozygotes && ids.length == 1 ? 2 : ids.length;
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(sepUnphased);
            int id = ids[Math.min(i, ids.length - 1)];
            if (haplotypes) b.append(d.allele(locus, id));
            else b.append(id);
        }
        return b.toString();
    }
}
