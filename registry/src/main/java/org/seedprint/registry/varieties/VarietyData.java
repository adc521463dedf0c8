package org.seedprint.registry.varieties;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editable facts of a variety, as a client or an import states them. The maximum lengths are
 * part of the API (the OpenAPI document shows them) and are checked for every write, imports
 * included ({@link VarietyService}).
 */
public record VarietyData(
        @Size(max = VarietyData.CODE) @Nullable String cropCode,
        @Size(max = VarietyData.NAME) @Nullable String denominationLatin,
        @Size(max = VarietyData.NAME) @Nullable String denominationChinese,
        @Size(max = VarietyData.MAX_SYNONYMS) @Nullable List<@Size(max = VarietyData.NAME) String> synonyms,
        Variety.@Nullable Kind kind,
        Variety.@Nullable Status status,
        @Nullable Long ownerOrganisationId,
        @Size(max = VarietyData.NUMBER) @Nullable String accessionNumber,
        @Size(max = VarietyData.TEXT) @Nullable String population,
        @Size(max = VarietyData.NUMBER) @Nullable String applicationNumber,
        @Nullable LocalDate applicationDate,
        @Size(max = VarietyData.NUMBER) @Nullable String grantNumber,
        @Nullable LocalDate grantDate,
        Variety.@Nullable Derivation derivationMethod,
        @Size(max = VarietyData.MAX_PARENTS) @Nullable List<Parentage> parents) {

    /** A crop's UPOV code. */
    public static final int CODE = 32;

    /** A denomination or synonym, in characters. */
    public static final int NAME = 200;

    /** An accession, application or grant number. */
    public static final int NUMBER = 100;

    /** Free text (the population a landrace was collected from). */
    public static final int TEXT = 2_000;

    public static final int MAX_SYNONYMS = 50;
    public static final int MAX_PARENTS = 10;

    /** The same facts with the names in their stored form ({@link Names}). */
    VarietyData normalised() {
        return new VarietyData(
                cropCode,
                Names.normalise("denominationLatin", denominationLatin),
                Names.normalise("denominationChinese", denominationChinese),
                Names.normalise("synonyms", synonyms),
                kind,
                status,
                ownerOrganisationId,
                accessionNumber,
                population,
                applicationNumber,
                applicationDate,
                grantNumber,
                grantDate,
                derivationMethod,
                parents);
    }
}
