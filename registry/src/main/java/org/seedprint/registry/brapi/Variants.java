package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;

/**
 * MNP loci as BrAPI variants. One variant per locus of a panel, {@code variantDbId}
 * "{panel id}-{locus index}"; its haplotype alleles, as the panel's library has seen them, are
 * {@code referenceBases} (allele 0, the first seen) and {@code alternateBases} (1, 2, ...), the
 * indices that calls and the allele matrix use; {@code variantType} "MNP" (a multi-nucleotide
 * haplotype locus of the MNP marker method, GB/T 38551); start and end are the locus's BED
 * interval (0-based, end exclusive).
 */
final class Variants {

    static final String TYPE = "MNP";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Variant(
            String variantDbId,
            List<String> variantNames,
            List<String> variantSetDbId,
            String variantType,
            String referenceName,
            int start,
            int end,
            @Nullable String referenceBases,
            List<String> alternateBases,
            boolean filtersApplied,
            List<Object> externalReferences,
            Map<String, String> additionalInfo) {}

    record Ref(long panelId, int locus) {}

    private Variants() {}

    static String id(long panelId, int locus) {
        return panelId + "-" + locus;
    }

    static Optional<Ref> parse(String variantDbId) {
        int dash = variantDbId.indexOf('-');
        if (dash <= 0) return Optional.empty();
        Optional<Long> panel = Ids.number(variantDbId.substring(0, dash));
        Optional<Long> locus = Ids.number(variantDbId.substring(dash + 1));
        if (panel.isEmpty() || locus.isEmpty() || locus.get() < 0 || locus.get() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new Ref(panel.get(), locus.get().intValue()));
    }

    static Variant of(long panelId, Library lib, int locusIndex) {
        Locus l = lib.panel().loci().get(locusIndex);
        AlleleDictionary d = lib.dictionary();
        int alleles = d.alleleCount(locusIndex);
        List<String> alternates = new ArrayList<>();
        for (int a = 1; a < alleles; a++) alternates.add(d.allele(locusIndex, a));
        return new Variant(
                id(panelId, locusIndex),
                List.of(l.id()),
                List.of(Long.toString(panelId)),
                TYPE,
                l.chrom(),
                l.start(),
                l.end(),
                alleles == 0 ? null : d.allele(locusIndex, 0),
                alternates,
                false,
                List.of(),
                Map.of(
                        "locusId", l.id(),
                        "markerType", "MNP haplotype locus (multi-nucleotide polymorphism amplicon)",
                        "genotypeCount", Integer.toString(d.genotypeCount(locusIndex))));
    }
}
