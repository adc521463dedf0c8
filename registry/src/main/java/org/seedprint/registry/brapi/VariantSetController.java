package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PagingProperties;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** BrAPI-Genotyping: marker panels as variant sets (one per panel and version), their loci as variants. */
@RestController
@RequestMapping(Brapi.BASE)
class VariantSetController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VariantSet(
            String variantSetDbId,
            String variantSetName,
            int variantCount,
            long callSetCount,
            List<Object> analysis,
            List<Object> availableFormats,
            List<MetadataField> metadataFields,
            List<Object> externalReferences,
            Map<String, String> additionalInfo) {}

    record MetadataField(String dataType, String fieldAbbreviation, String fieldName) {}

    /** The filters of variantsSearchRequest that the registry can answer. */
    record VariantSearch(
            @Nullable List<String> variantDbIds,
            @Nullable List<String> variantSetDbIds,
            @Nullable Integer page,
            @Nullable Integer pageSize) {}

    private final ProfileService profiles;
    private final Genotypes genotypes;
    private final Searches searches;
    private final PagingProperties limits;

    VariantSetController(ProfileService profiles, Genotypes genotypes, Searches searches, PagingProperties limits) {
        this.profiles = profiles;
        this.genotypes = genotypes;
        this.searches = searches;
        this.limits = limits;
    }

    @GetMapping("/variantsets")
    Brapi<Brapi.Data<VariantSet>> variantSets(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String variantSetDbId,
            @RequestParam(required = false) @Nullable String variantDbId) {
        Paging paging = Paging.of(query, "page", "pageSize", limits);
        Set<Long> wanted = new HashSet<>(Ids.numbers(Ids.split(variantSetDbId)));
        Ids.split(variantDbId).forEach(v -> Variants.parse(v).ifPresent(r -> wanted.add(r.panelId())));
        boolean filtered = variantSetDbId != null || variantDbId != null;
        List<PanelRecord> panels = allPanels().stream()
                .filter(p -> !filtered || wanted.contains(p.getId()))
                .toList();
        Map<Long, Long> counts = genotypes.profileCounts();
        List<VariantSet> page = panels.stream()
                .skip(paging.offset())
                .limit(paging.pageSize())
                .map(p -> view(p, counts))
                .toList();
        return Brapi.page(page, paging, panels.size());
    }

    @GetMapping("/variantsets/{variantSetDbId}")
    Brapi<VariantSet> variantSet(@PathVariable String variantSetDbId) {
        return Brapi.single(view(panel(variantSetDbId), genotypes.profileCounts()));
    }

    @GetMapping("/variantsets/{variantSetDbId}/variants")
    Brapi<Brapi.Data<Variants.Variant>> variantsOfSet(
            @PathVariable String variantSetDbId,
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String variantDbId) {
        PanelRecord p = panel(variantSetDbId);
        return variants(
                new VariantSearch(Ids.split(variantDbId), List.of(Long.toString(p.getId())), null, null),
                Paging.of(query, "page", "pageSize", limits));
    }

    @GetMapping("/variants")
    Brapi<Brapi.Data<Variants.Variant>> variants(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String variantDbId,
            @RequestParam(required = false) @Nullable String variantSetDbId) {
        return variants(
                new VariantSearch(Ids.split(variantDbId), Ids.split(variantSetDbId), null, null),
                Paging.of(query, "page", "pageSize", limits));
    }

    @GetMapping("/variants/{variantDbId}")
    Brapi<Variants.Variant> variant(@PathVariable String variantDbId) {
        Variants.Ref r = Variants.parse(variantDbId)
                .filter(ref -> profiles.panel(ref.panelId())
                        .filter(p -> ref.locus() < p.getLocusCount())
                        .isPresent())
                .orElseThrow(() -> new NotFound("variant " + variantDbId));
        return Brapi.single(genotypes.read(r.panelId(), lib -> Variants.of(r.panelId(), lib, r.locus())));
    }

    @PostMapping("/search/variants")
    ResponseEntity<Brapi<?>> searchVariants(@RequestBody VariantSearch s) {
        Paging paging = Paging.of(s.page(), s.pageSize(), "page", "pageSize", limits);
        Brapi<Brapi.Data<Variants.Variant>> first = variants(s, paging);
        Brapi.Pagination p = first.metadata().pagination();
        boolean fits = paging.page() == 0 && p != null && p.totalCount() <= paging.pageSize();
        return searches.answer("variants", s, fits, () -> first);
    }

    @GetMapping("/search/variants/{searchResultsDbId}")
    Brapi<Brapi.Data<Variants.Variant>> searchVariantResults(
            @PathVariable String searchResultsDbId, @RequestParam Map<String, String> query) {
        VariantSearch s = searches.load("variants", searchResultsDbId, VariantSearch.class);
        return variants(s, Paging.of(query, "page", "pageSize", limits));
    }

    /** Variants of the named sets (all when none), in panel then locus order, one page of them. */
    private Brapi<Brapi.Data<Variants.Variant>> variants(VariantSearch s, Paging paging) {
        List<String> setIds = Ids.list(s.variantSetDbIds());
        List<String> variantIds = Ids.list(s.variantDbIds());
        Set<Long> sets = Set.copyOf(Ids.numbers(setIds));
        List<Variants.Ref> named = variantIds.stream()
                .map(Variants::parse)
                .flatMap(Optional::stream)
                .filter(r -> setIds.isEmpty() || sets.contains(r.panelId()))
                .distinct()
                .sorted(Comparator.comparing(Variants.Ref::panelId).thenComparing(Variants.Ref::locus))
                .toList();
        List<Variants.Ref> all = new ArrayList<>();
        long total = 0;
        long from = paging.offset(), to = from + paging.pageSize();
        for (PanelRecord p : allPanels()) {
            if (!setIds.isEmpty() && !sets.contains(p.getId())) continue;
            List<Integer> loci = new ArrayList<>();
            if (variantIds.isEmpty()) {
                for (int l = 0; l < p.getLocusCount(); l++) loci.add(l);
            } else {
                named.stream()
                        .filter(r -> r.panelId() == p.getId() && r.locus() < p.getLocusCount())
                        .forEach(r -> loci.add(r.locus()));
            }
            for (int l : loci) {
                if (total >= from && total < to) all.add(new Variants.Ref(p.getId(), l));
                total++;
            }
        }
        List<Variants.Variant> page = new ArrayList<>();
        all.stream()
                .map(Variants.Ref::panelId)
                .distinct()
                .forEach(panelId -> page.addAll(genotypes.read(
                        panelId,
                        lib -> all.stream()
                                .filter(r -> r.panelId() == panelId)
                                .map(r -> Variants.of(panelId, lib, r.locus()))
                                .toList())));
        return Brapi.page(page, paging, total);
    }

    private VariantSet view(PanelRecord p, Map<Long, Long> counts) {
        return new VariantSet(
                Long.toString(p.getId()),
                p.getName() + " v" + p.getPanelVersion(),
                p.getLocusCount(),
                counts.getOrDefault(p.getId(), 0L),
                List.of(),
                List.of(),
                List.of(new MetadataField("string", "GT", "Genotype")),
                List.of(),
                Map.of(
                        "upovCode", p.getCropCode(),
                        "panelName", p.getName(),
                        "panelVersion", p.getPanelVersion(),
                        "markerType", "MNP haplotype loci"));
    }

    private PanelRecord panel(String variantSetDbId) {
        return Ids.number(variantSetDbId)
                .flatMap(profiles::panel)
                .orElseThrow(() -> new NotFound("variant set " + variantSetDbId));
    }

    /** Every stored panel, in id order (a registry holds a few dozen). */
    List<PanelRecord> allPanels() {
        return profiles.panels(PageRequest.of(0, Integer.MAX_VALUE, Sort.by("id")))
                .getContent();
    }
}
