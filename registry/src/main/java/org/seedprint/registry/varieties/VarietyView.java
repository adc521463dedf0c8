package org.seedprint.registry.varieties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A variety as the API shows it, with its owner's and parents' names resolved. */
public record VarietyView(
        long id,
        String cropCode,
        @Nullable String denominationLatin,
        @Nullable String denominationChinese,
        List<String> synonyms,
        Variety.Kind kind,
        Variety.Status status,
        @Nullable Long ownerOrganisationId,
        @Nullable String ownerName,
        @Nullable String accessionNumber,
        @Nullable String population,
        @Nullable String applicationNumber,
        @Nullable LocalDate applicationDate,
        @Nullable String grantNumber,
        @Nullable LocalDate grantDate,
        Variety.@Nullable Derivation derivationMethod,
        List<ParentView> parents,
        Instant updatedAt,
        long version) {

    public record ParentView(
            long parentId, Parentage.Role role, @Nullable String name) {}
}
