package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PagingProperties;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyCatalogue;
import org.seedprint.registry.varieties.VarietyCatalogue.VarietyFilter;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** BrAPI-Germplasm: varieties and germplasm accessions, their MCPD passport, pedigree and progeny. */
@RestController
@RequestMapping(Brapi.BASE)
class GermplasmController {

    /** The filters of GermplasmSearchRequest that the registry can answer. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record GermplasmSearch(
            @Nullable List<String> germplasmDbIds,
            @Nullable List<String> germplasmNames,
            @Nullable List<String> germplasmPUIs,
            @Nullable List<String> commonCropNames,
            @Nullable List<String> accessionNumbers,
            @Nullable List<String> synonyms,
            @Nullable Integer page,
            @Nullable Integer pageSize) {

        VarietyFilter filter() {
            List<String> ids = new ArrayList<>(Ids.list(germplasmDbIds));
            for (String pui : Ids.list(germplasmPUIs)) {
                ids.add(
                        pui.startsWith(GermplasmViews.PUI_PREFIX)
                                ? pui.substring(GermplasmViews.PUI_PREFIX.length())
                                : "none");
            }
            return new VarietyFilter(
                    Ids.filter(ids),
                    Ids.list(germplasmNames),
                    Ids.list(commonCropNames),
                    Ids.list(accessionNumbers),
                    Ids.list(synonyms));
        }
    }

    private final VarietyService varieties;
    private final VarietyCatalogue catalogue;
    private final GermplasmViews views;
    private final Searches searches;
    private final PagingProperties limits;

    GermplasmController(
            VarietyService varieties,
            VarietyCatalogue catalogue,
            GermplasmViews views,
            Searches searches,
            PagingProperties limits) {
        this.varieties = varieties;
        this.catalogue = catalogue;
        this.views = views;
        this.searches = searches;
        this.limits = limits;
    }

    @GetMapping("/germplasm")
    Brapi<Brapi.Data<GermplasmViews.Germplasm>> germplasm(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String germplasmDbId,
            @RequestParam(required = false) @Nullable String germplasmName,
            @RequestParam(required = false) @Nullable String germplasmPUI,
            @RequestParam(required = false) @Nullable String commonCropName,
            @RequestParam(required = false) @Nullable String accessionNumber,
            @RequestParam(required = false) @Nullable String synonym) {
        GermplasmSearch s = new GermplasmSearch(
                Ids.split(germplasmDbId),
                Ids.one(germplasmName),
                Ids.one(germplasmPUI),
                Ids.one(commonCropName),
                Ids.one(accessionNumber),
                Ids.one(synonym),
                null,
                null);
        return page(s, Paging.of(query, "page", "pageSize", limits));
    }

    @GetMapping("/germplasm/{germplasmDbId}")
    Brapi<GermplasmViews.Germplasm> one(@PathVariable String germplasmDbId) {
        return Brapi.single(views.germplasm(List.of(variety(germplasmDbId))).get(0));
    }

    @GetMapping("/germplasm/{germplasmDbId}/mcpd")
    Brapi<GermplasmViews.Mcpd> mcpd(@PathVariable String germplasmDbId) {
        return Brapi.single(views.mcpd(variety(germplasmDbId)));
    }

    @GetMapping("/germplasm/{germplasmDbId}/pedigree")
    Brapi<GermplasmViews.PedigreeNode> pedigree(
            @PathVariable String germplasmDbId,
            @RequestParam(required = false) @Nullable String notation,
            @RequestParam(defaultValue = "false") boolean includeSiblings) {
        Variety v = variety(germplasmDbId);
        List<Variety> siblings = includeSiblings
                ? v.getParents().stream()
                        .flatMap(p -> catalogue.progeny(p.parentId()).stream())
                        .distinct()
                        .toList()
                : List.of();
        return Brapi.single(views.pedigree(v, includeSiblings, siblings));
    }

    @GetMapping("/germplasm/{germplasmDbId}/progeny")
    Brapi<GermplasmViews.ProgenyNode> progeny(@PathVariable String germplasmDbId) {
        Variety v = variety(germplasmDbId);
        return Brapi.single(views.progeny(v, catalogue.progeny(v.getId())));
    }

    @PostMapping("/search/germplasm")
    ResponseEntity<Brapi<?>> search(@RequestBody GermplasmSearch s) {
        Paging paging = Paging.of(s.page(), s.pageSize(), "page", "pageSize", limits);
        VarietyCatalogue.Listing first = catalogue.find(s.filter(), paging.offset(), paging.pageSize());
        boolean fits = paging.page() == 0 && first.total() <= paging.pageSize();
        return searches.answer(
                "germplasm", s, fits, () -> Brapi.page(views.germplasm(first.varieties()), paging, first.total()));
    }

    @GetMapping("/search/germplasm/{searchResultsDbId}")
    Brapi<Brapi.Data<GermplasmViews.Germplasm>> searchResults(
            @PathVariable String searchResultsDbId, @RequestParam Map<String, String> query) {
        GermplasmSearch s = searches.load("germplasm", searchResultsDbId, GermplasmSearch.class);
        return page(s, Paging.of(query, "page", "pageSize", limits));
    }

    private Brapi<Brapi.Data<GermplasmViews.Germplasm>> page(GermplasmSearch s, Paging paging) {
        VarietyCatalogue.Listing found = catalogue.find(s.filter(), paging.offset(), paging.pageSize());
        return Brapi.page(views.germplasm(found.varieties()), paging, found.total());
    }

    private Variety variety(String germplasmDbId) {
        return Ids.number(germplasmDbId)
                .flatMap(varieties::find)
                .orElseThrow(() -> new NotFound("germplasm " + germplasmDbId));
    }
}
