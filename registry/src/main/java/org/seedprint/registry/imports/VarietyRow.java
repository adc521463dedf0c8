package org.seedprint.registry.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;

/** One variety line of an import, checked; parents are named by denomination. */
record VarietyRow(
        String source,
        long line,
        String denominationLatin,
        String denominationChinese,
        List<String> synonyms,
        Variety.Kind kind,
        Variety.Status status,
        Breeder breeder,
        String accessionNumber,
        String population,
        String applicationNumber,
        LocalDate applicationDate,
        String grantNumber,
        LocalDate grantDate,
        Variety.Derivation derivation,
        Map<Parentage.Role, String> parents,
        String sample,
        String barcode,
        String seedLot,
        String storagePlace) {

    record Breeder(String code, String nameLatin, String nameChinese, String country, boolean genebank) {}

    /** The id its genotypes carry in genotype files: the sample column, else accession, else name. */
    String sampleKey() {
        if (sample != null) return sample;
        if (accessionNumber != null) return accessionNumber;
        return denominationLatin != null ? denominationLatin : denominationChinese;
    }
}
