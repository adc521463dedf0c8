package org.seedprint.registry.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.accounts.Role;
import org.seedprint.registry.platform.ApiException;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.varieties.DenominationCheck;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyView;
import org.seedprint.registry.varieties.VarietyViews;
import org.springframework.http.HttpStatus;
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
    private final CurrentUsers users;

    SearchController(
            VarietySearch search,
            VarietyViews views,
            VarietyIndexer indexer,
            OrganisationService organisations,
            CurrentUsers users) {
        this.search = search;
        this.views = views;
        this.indexer = indexer;
        this.organisations = organisations;
        this.users = users;
    }

    record VarietyPage(
            List<VarietyView> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            Map<String, Map<String, Integer>> facets) {}

    record OrganisationView(long id, String code, String nameLatin, String nameChinese, Organisation.Kind kind) {}

    @GetMapping("/api/v1/varieties")
    @Operation(
            summary =
                    "Search varieties by name (Chinese or Latin script, prefix, typos) with facets by crop, kind and status")
    VarietyPage varieties(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String crop,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int s = pageSize(page, size);
        VarietySearch.Result r = search.varieties(
                q,
                new VarietySearch.Filters(
                        crop,
                        enumName("kind", kind, Variety.Kind.class),
                        enumName("status", status, Variety.Status.class)),
                page,
                s);
        PageResponse<VarietyView> p = PageResponse.of(views.viewsOfIds(r.ids()), page, s, r.total());
        return new VarietyPage(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages(), r.facets());
    }

    @GetMapping("/api/v1/varieties/similar-denominations")
    @Operation(summary = "Existing names of the crop that a proposed denomination could be confused with (UPOV rule)")
    List<DenominationCheck.SimilarName> similar(
            @RequestParam String crop,
            @RequestParam(required = false) String latin,
            @RequestParam(required = false) String chinese) {
        return search.similar(crop, latin, chinese, null);
    }

    @GetMapping("/api/v1/search/organisations")
    @Operation(summary = "Find breeders and institutes by name in either script, or by code")
    PageResponse<OrganisationView> organisations(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int s = pageSize(page, size);
        VarietySearch.Result r = search.organisations(q, page, s);
        List<OrganisationView> items = r.ids().stream()
                .flatMap(id -> organisations.find(id).stream())
                .map(o ->
                        new OrganisationView(o.getId(), o.getCode(), o.getNameLatin(), o.getNameChinese(), o.getKind()))
                .toList();
        return PageResponse.of(items, page, s, r.total());
    }

    @PostMapping("/api/v1/search/rebuild")
    @Operation(summary = "Rebuild the search index from the database (administrators)")
    Map<String, Long> rebuild() {
        if (users.current().filter(u -> u.has(Role.ADMINISTRATOR)).isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, null, "only administrators rebuild the index");
        }
        return Map.of("varieties", indexer.rebuild());
    }

    private static int pageSize(int page, int size) {
        if (page < 0) throw ApiException.badField("page", "page must be >= 0");
        if (size < 1 || size > 200) throw ApiException.badField("size", "size must be between 1 and 200");
        return size;
    }

    private static <E extends Enum<E>> String enumName(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(field, "unknown " + field + " '" + value + "'");
        }
    }
}
