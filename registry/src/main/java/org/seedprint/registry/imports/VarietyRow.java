package org.seedprint.registry.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;

/** One variety line of an import, checked; parents are named by denomination. */
record VarietyRow(
        String source,
        long line,
        @Nullable String denominationLatin,
        @Nullable String denominationChinese,
        List<String> synonyms,
        Variety.@Nullable Kind kind,
        Variety.@Nullable Status status,
        @Nullable Breeder breeder,
        @Nullable String accessionNumber,
        @Nullable String population,
        @Nullable String applicationNumber,
        @Nullable LocalDate applicationDate,
        @Nullable String grantNumber,
        @Nullable LocalDate grantDate,
        Variety.@Nullable Derivation derivation,
        Map<Parentage.Role, String> parents,
        @Nullable String sample,
        @Nullable String barcode,
        @Nullable String seedLot,
        @Nullable String storagePlace) {

    record Breeder(
            String code,
            String nameLatin,
            @Nullable String nameChinese,
            @Nullable String country,
            boolean genebank) {}
}
