package org.seedprint.registry.varieties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A variety as the API shows it, with its owner's and parents' names resolved. */
public record VarietyView(
        long id,
        String cropCode,
        String denominationLatin,
        String denominationChinese,
        List<String> synonyms,
        Variety.Kind kind,
        Variety.Status status,
        Long ownerOrganisationId,
        String ownerName,
        String accessionNumber,
        String population,
        String applicationNumber,
        LocalDate applicationDate,
        String grantNumber,
        LocalDate grantDate,
        Variety.Derivation derivationMethod,
        List<ParentView> parents,
        Instant updatedAt,
        long version) {

    public record ParentView(long parentId, Parentage.Role role, String name) {}
}
