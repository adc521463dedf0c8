package org.seedprint.registry.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.varieties.DenominationCheck;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyView;
import org.seedprint.registry.varieties.VarietyViews;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "search")
class SearchController {

    private final VarietySearch search;
    private final VarietyViews views;
    private final VarietyIndexer indexer;
    private final OrganisationService organisations;

    SearchController(
            VarietySearch search, VarietyViews views, VarietyIndexer indexer, OrganisationService organisations) {
        this.search = search;
        this.views = views;
        this.indexer = indexer;
        this.organisations = organisations;
    }

    record VarietyPage(
            List<VarietyView> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            Map<String, Map<String, Integer>> facets) {}

    record OrganisationView(
            long id,
            String code,
            String nameLatin,
            @Nullable String nameChinese,
            Organisation.Kind kind) {}

    private static final String SEARCH_TEXT =
            "at most " + VarietySearch.MAX_TEXT_LENGTH + " characters and " + VarietySearch.MAX_WORDS + " words";

    @GetMapping("/api/v1/varieties")
    @Operation(
            summary =
                    "Search varieties by name (Chinese or Latin script, prefix, typos) with facets by crop, kind and status")
    VarietyPage varieties(
            @Parameter(description = SEARCH_TEXT, schema = @Schema(maxLength = VarietySearch.MAX_TEXT_LENGTH))
                    @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) @Size(max = 32) String crop,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @ParameterObject @PageableDefault(size = 20) Pageable page) {
        VarietySearch.Result r = search.varieties(
                q,
                new VarietySearch.Filters(
                        crop,
                        enumName("kind", kind, Variety.Kind.class),
                        enumName("status", status, Variety.Status.class)),
                page);
        PageResponse<VarietyView> p = PageResponse.of(views.viewsOfIds(r.ids()), page, r.total());
        return new VarietyPage(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages(), r.facets());
    }

    @GetMapping("/api/v1/varieties/similar-denominations")
    @Operation(summary = "Existing names of the crop that a proposed denomination could be confused with (UPOV rule)")
    List<DenominationCheck.SimilarName> similar(
            @RequestParam @Size(max = 32) String crop,
            @RequestParam(required = false) String latin,
            @RequestParam(required = false) String chinese) {
        return search.similar(crop, latin, chinese, null);
    }

    @GetMapping("/api/v1/search/organisations")
    @Operation(summary = "Find breeders and institutes by name in either script, or by code")
    PageResponse<OrganisationView> organisations(
            @Parameter(description = SEARCH_TEXT, schema = @Schema(maxLength = VarietySearch.MAX_TEXT_LENGTH))
                    @RequestParam(required = false)
                    String q,
            @ParameterObject @PageableDefault(size = 20) Pageable page) {
        VarietySearch.Result r = search.organisations(q, page);
        List<OrganisationView> items = r.ids().stream()
                .flatMap(id -> organisations.find(id).stream())
                .map(o ->
                        new OrganisationView(o.getId(), o.getCode(), o.getNameLatin(), o.getNameChinese(), o.getKind()))
                .toList();
        return PageResponse.of(items, page, r.total());
    }

    @PostMapping("/api/v1/search/rebuild")
    @Operation(summary = "Rebuild the search index from the database (administrators)")
    Map<String, Long> rebuild() {
        return Map.of("varieties", indexer.rebuild());
    }

    private static <E extends Enum<E>> @Nullable String enumName(String field, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, "unknown " + field + " '" + value + "'");
        }
    }
}
