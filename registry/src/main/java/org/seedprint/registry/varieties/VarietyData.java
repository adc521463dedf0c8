package org.seedprint.registry.varieties;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The editable facts of a variety, as a client or an import states them. */
public record VarietyData(
        @Nullable String cropCode,
        @Nullable String denominationLatin,
        @Nullable String denominationChinese,
        @Nullable List<String> synonyms,
        Variety.@Nullable Kind kind,
        Variety.@Nullable Status status,
        @Nullable Long ownerOrganisationId,
        @Nullable String accessionNumber,
        @Nullable String population,
        @Nullable String applicationNumber,
        @Nullable LocalDate applicationDate,
        @Nullable String grantNumber,
        @Nullable LocalDate grantDate,
        Variety.@Nullable Derivation derivationMethod,
        @Nullable List<Parentage> parents) {}
