package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.varieties.Crop;
import org.seedprint.registry.varieties.CropService;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Varieties as BrAPI germplasm (Germplasm, GermplasmMCPD, PedigreeNode, ProgenyNode), from the
 * variety record, its crop and its owner only: deposits, and so anything sealed, are never read.
 */
@Component
@Transactional(readOnly = true)
class GermplasmViews {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Germplasm(
            String germplasmDbId,
            String germplasmPUI,
            String germplasmName,
            String defaultDisplayName,
            String commonCropName,
            @Nullable String accessionNumber,
            @Nullable String genus,
            @Nullable String species,
            @Nullable String speciesAuthority,
            List<Synonym> synonyms,
            @Nullable String collection,
            @Nullable String biologicalStatusOfAccessionCode,
            @Nullable String biologicalStatusOfAccessionDescription,
            @Nullable String breedingMethodName,
            @Nullable String pedigree,
            @Nullable String instituteCode,
            @Nullable String instituteName,
            @Nullable String countryOfOriginCode,
            List<Object> externalReferences,
            Map<String, String> additionalInfo) {}

    record Synonym(String synonym, @Nullable String type) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Mcpd(
            String germplasmDbId,
            String germplasmPUI,
            @Nullable String accessionNumber,
            List<String> accessionNames,
            String commonCropName,
            @Nullable String genus,
            @Nullable String species,
            @Nullable String speciesAuthority,
            @Nullable String biologicalStatusOfAccessionCode,
            @Nullable String ancestralData,
            @Nullable String instituteCode,
            @Nullable String countryOfOrigin,
            List<Institute> breedingInstitutes,
            List<String> alternateIDs) {}

    record Institute(String instituteCode, String instituteName) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PedigreeNode(
            String germplasmDbId,
            String germplasmName,
            @Nullable String pedigree,
            List<Relative> parents,
            @Nullable List<Relative> siblings) {}

    record ProgenyNode(String germplasmDbId, String germplasmName, List<Relative> progeny) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Relative(
            String germplasmDbId,
            String germplasmName,
            @Nullable String parentType) {}

    static final String PUI_PREFIX = "urn:seedprint:germplasm:";

    private final CropService crops;
    private final OrganisationService organisations;
    private final VarietyService varieties;

    GermplasmViews(CropService crops, OrganisationService organisations, VarietyService varieties) {
        this.crops = crops;
        this.organisations = organisations;
        this.varieties = varieties;
    }

    List<Germplasm> germplasm(List<Variety> list) {
        Map<String, Optional<Crop>> cropOf = new HashMap<>();
        Map<Long, Optional<Organisation>> ownerOf = new HashMap<>();
        Map<Long, String> names = parentNames(list);
        return list.stream()
                .map(v -> {
                    Crop crop =
                            cropOf.computeIfAbsent(v.getCropCode(), crops::find).orElseThrow();
                    Taxon t = Taxon.of(crop.getLatinName());
                    Organisation owner = owner(v, ownerOf);
                    Map<String, String> info = new LinkedHashMap<>();
                    put(info, "upovCode", v.getCropCode());
                    put(info, "kind", v.getKind().name());
                    put(info, "status", v.getStatus().name());
                    put(info, "denominationLatin", v.getDenominationLatin());
                    put(info, "denominationChinese", v.getDenominationChinese());
                    put(info, "applicationNumber", v.getApplicationNumber());
                    put(info, "applicationDate", v.getApplicationDate());
                    put(info, "grantNumber", v.getGrantNumber());
                    put(info, "grantDate", v.getGrantDate());
                    return new Germplasm(
                            Long.toString(v.getId()),
                            PUI_PREFIX + v.getId(),
                            v.displayName(),
                            v.displayName(),
                            crop.getEnglishName(),
                            v.getAccessionNumber(),
                            t.genus(),
                            t.species(),
                            t.authority(),
                            synonyms(v),
                            v.getPopulation(),
                            biologicalStatus(v),
                            biologicalStatusDescription(v),
                            v.getDerivationMethod() == null
                                    ? null
                                    : v.getDerivationMethod().name().toLowerCase(Locale.ROOT),
                            pedigree(v, names),
                            owner == null ? null : owner.getCode(),
                            owner == null ? null : owner.getNameLatin(),
                            owner == null ? null : owner.getCountryCode(),
                            List.of(),
                            info);
                })
                .toList();
    }

    Mcpd mcpd(Variety v) {
        Germplasm g = germplasm(List.of(v)).get(0);
        List<String> names = new ArrayList<>();
        if (v.getDenominationLatin() != null) names.add(v.getDenominationLatin());
        if (v.getDenominationChinese() != null) names.add(v.getDenominationChinese());
        names.addAll(v.getSynonyms());
        List<Institute> breeders = g.instituteCode() == null || v.getKind() == Variety.Kind.GERMPLASM_ACCESSION
                ? List.of()
                : List.of(new Institute(g.instituteCode(), String.valueOf(g.instituteName())));
        return new Mcpd(
                g.germplasmDbId(),
                g.germplasmPUI(),
                g.accessionNumber(),
                names.stream().distinct().toList(),
                g.commonCropName(),
                g.genus(),
                g.species(),
                g.speciesAuthority(),
                g.biologicalStatusOfAccessionCode(),
                g.pedigree(),
                g.instituteCode(),
                g.countryOfOriginCode(),
                breeders,
                List.of());
    }

    PedigreeNode pedigree(Variety v, boolean withSiblings, List<Variety> progenyOfParents) {
        Map<Long, String> names = parentNames(List.of(v));
        List<Relative> parents = v.getParents().stream()
                .sorted(Comparator.comparing(Parentage::role).thenComparing(Parentage::parentId))
                .map(p -> new Relative(
                        Long.toString(p.parentId()), names.getOrDefault(p.parentId(), ""), parentType(p.role())))
                .toList();
        List<Relative> siblings = null;
        if (withSiblings) {
            var mine = v.getParents().stream().map(Parentage::parentId).collect(Collectors.toSet());
            siblings = progenyOfParents.stream()
                    .filter(s -> !s.getId().equals(v.getId()))
                    .filter(s -> s.getParents().stream()
                            .map(Parentage::parentId)
                            .collect(Collectors.toSet())
                            .equals(mine))
                    .map(s -> new Relative(Long.toString(s.getId()), s.displayName(), null))
                    .toList();
        }
        return new PedigreeNode(Long.toString(v.getId()), v.displayName(), pedigree(v, names), parents, siblings);
    }

    ProgenyNode progeny(Variety v, List<Variety> children) {
        List<Relative> progeny = new ArrayList<>();
        for (Variety c : children) {
            c.getParents().stream()
                    .filter(p -> p.parentId().equals(v.getId()))
                    .sorted(Comparator.comparing(Parentage::role))
                    .forEach(p ->
                            progeny.add(new Relative(Long.toString(c.getId()), c.displayName(), parentType(p.role()))));
        }
        return new ProgenyNode(Long.toString(v.getId()), v.displayName(), progeny);
    }

    /**
     * BrAPI's parent types are MALE, FEMALE, SELF, POPULATION and CLONAL. A backcross's recurrent
     * parent is given as FEMALE (the pedigree string says it is a backcross), a mutant's parent as
     * CLONAL, a selection's as POPULATION.
     */
    static String parentType(Parentage.Role role) {
        return switch (role) {
            case FEMALE, RECURRENT -> "FEMALE";
            case MALE -> "MALE";
            case MUTANT_OF -> "CLONAL";
            case SELECTED_FROM -> "POPULATION";
        };
    }

    /** The pedigree as MCPD ANCEST writes it: "female/male", or "mutant of X", "selection from X". */
    static @Nullable String pedigree(Variety v, Map<Long, String> names) {
        Map<Parentage.Role, String> by = new LinkedHashMap<>();
        for (Parentage p : v.getParents())
            by.merge(p.role(), names.getOrDefault(p.parentId(), "?"), (a, b) -> a + ";" + b);
        if (by.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        if (by.containsKey(Parentage.Role.RECURRENT)) {
            parts.add(by.get(Parentage.Role.RECURRENT) + "/" + by.getOrDefault(Parentage.Role.MALE, "?")
                    + ", backcrossed to " + by.get(Parentage.Role.RECURRENT));
        } else if (by.containsKey(Parentage.Role.FEMALE) || by.containsKey(Parentage.Role.MALE)) {
            parts.add(by.getOrDefault(Parentage.Role.FEMALE, "?") + "/" + by.getOrDefault(Parentage.Role.MALE, "?"));
        }
        if (by.containsKey(Parentage.Role.MUTANT_OF)) parts.add("mutant of " + by.get(Parentage.Role.MUTANT_OF));
        if (by.containsKey(Parentage.Role.SELECTED_FROM))
            parts.add("selection from " + by.get(Parentage.Role.SELECTED_FROM));
        return String.join("; ", parts);
    }

    /** MCPD SAMPSTAT from what the registry knows: a landrace 300, a cultivar 500, candidates 400. */
    static @Nullable String biologicalStatus(Variety v) {
        if (v.getDerivationMethod() == Variety.Derivation.LANDRACE || v.getKind() == Variety.Kind.FARMER_VARIETY)
            return "300";
        return switch (v.getKind()) {
            case AUTHORISED -> "500";
            case CANDIDATE -> "400";
            case GERMPLASM_ACCESSION, FARMER_VARIETY -> null;
        };
    }

    private static @Nullable String biologicalStatusDescription(Variety v) {
        String code = biologicalStatus(v);
        if (code == null) return null;
        return switch (code) {
            case "300" -> "Traditional cultivar/landrace";
            case "400" -> "Breeding/research material";
            default -> "Advanced or improved cultivar";
        };
    }

    private static List<Synonym> synonyms(Variety v) {
        List<Synonym> out = new ArrayList<>();
        if (v.getDenominationLatin() != null && v.getDenominationChinese() != null)
            out.add(new Synonym(v.getDenominationChinese(), "denomination (Chinese)"));
        v.getSynonyms().forEach(s -> out.add(new Synonym(s, null)));
        return out;
    }

    private @Nullable Organisation owner(Variety v, Map<Long, Optional<Organisation>> cache) {
        Long id = v.getOwnerOrganisationId();
        return id == null
                ? null
                : cache.computeIfAbsent(id, organisations::find).orElse(null);
    }

    private Map<Long, String> parentNames(List<Variety> list) {
        List<Long> ids = list.stream()
                .flatMap(v -> v.getParents().stream())
                .map(Parentage::parentId)
                .distinct()
                .toList();
        return varieties.findAll(ids).stream().collect(Collectors.toMap(Variety::getId, Variety::displayName));
    }

    private static void put(Map<String, String> info, String key, @Nullable Object value) {
        if (value != null) info.put(key, value.toString());
    }

    /** Genus, species and authority of a Latin name such as "Oryza sativa L." or "Glycine max (L.) Merr.". */
    record Taxon(
            @Nullable String genus,
            @Nullable String species,
            @Nullable String authority) {
        static Taxon of(String latin) {
            String[] w = latin.trim().split("\\s+", 3);
            return new Taxon(w.length > 0 ? w[0] : null, w.length > 1 ? w[1] : null, w.length > 2 ? w[2] : null);
        }
    }
}
