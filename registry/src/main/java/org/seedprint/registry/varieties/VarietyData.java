package org.seedprint.registry.varieties;

import java.time.LocalDate;
import java.util.List;

/** The editable facts of a variety, as a client or an import states them. */
public record VarietyData(
        String cropCode,
        String denominationLatin,
        String denominationChinese,
        List<String> synonyms,
        Variety.Kind kind,
        Variety.Status status,
        Long ownerOrganisationId,
        String accessionNumber,
        String population,
        String applicationNumber,
        LocalDate applicationDate,
        String grantNumber,
        LocalDate grantDate,
        Variety.Derivation derivationMethod,
        List<Parentage> parents) {}
