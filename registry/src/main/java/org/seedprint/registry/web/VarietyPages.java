package org.seedprint.registry.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.StoredProfile;
import org.seedprint.registry.search.VarietySearch;
import org.seedprint.registry.varieties.CropService;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.seedprint.registry.varieties.VarietyView;
import org.seedprint.registry.varieties.VarietyViews;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Search results with facets, and one variety's record with its profiles. */
@Controller
class VarietyPages {

    static final int PAGE_SIZE = 20;

    private final VarietySearch search;
    private final VarietyViews views;
    private final VarietyService varieties;
    private final CropService crops;
    private final ProfileService profiles;

    VarietyPages(
            VarietySearch search,
            VarietyViews views,
            VarietyService varieties,
            CropService crops,
            ProfileService profiles) {
        this.search = search;
        this.views = views;
        this.varieties = varieties;
        this.crops = crops;
        this.profiles = profiles;
    }

    /** One facet value with its count and whether it is the filter in force. */
    public record FacetValue(String value, int count, boolean selected) {}

    public record ProfileRow(long id, PanelRecord panel, StoredProfile profile) {}

    @GetMapping("/varieties")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String crop,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @ParameterObject @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        String k = known(kind, Variety.Kind.class);
        String s = known(status, Variety.Status.class);
        String c = crop == null || crop.isBlank() ? null : crop.trim();
        VarietySearch.Result r = search.varieties(q, new VarietySearch.Filters(c, k, s), page);
        Map<String, String> selected = new LinkedHashMap<>();
        selected.put("crop", c);
        selected.put("kind", k);
        selected.put("status", s);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : List.of("crop", "kind", "status")) {
            List<FacetValue> values = new ArrayList<>();
            r.facets()
                    .getOrDefault(facet, Map.of())
                    .forEach((value, count) ->
                            values.add(new FacetValue(value, count, value.equals(selected.get(facet)))));
            values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
            facets.put(facet, values);
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("selected", selected);
        model.addAttribute("results", views.viewsOfIds(r.ids()));
        model.addAttribute("total", r.total());
        model.addAttribute("page", page.getPageNumber());
        model.addAttribute("pages", (int) ((r.total() + page.getPageSize() - 1) / page.getPageSize()));
        model.addAttribute("facets", facets);
        model.addAttribute("cropNames", cropNames());
        return "varieties";
    }

    @GetMapping("/varieties/{id}")
    String variety(@PathVariable long id, @ModelAttribute("me") Viewer me, Model model) {
        Variety v = varieties.find(id).orElseThrow(() -> new NotFound("variety " + id));
        VarietyView view = views.view(v);
        List<StoredProfile> stored = profiles.profilesOfVariety(id);
        model.addAttribute("v", view);
        model.addAttribute("crop", crops.find(v.getCropCode()).orElse(null));
        model.addAttribute("profileCount", stored.size());
        // Profiles and QC are shown to the roles that may read them through the API.
        model.addAttribute(
                "profiles",
                me.may("GET", "/api/v1/profiles/{id}")
                        ? stored.stream()
                                .map(pr -> new ProfileRow(
                                        pr.getId(),
                                        profiles.panel(pr.getPanelId()).orElseThrow(),
                                        pr))
                                .toList()
                        : List.of());
        return "variety";
    }

    Map<String, String> cropNames() {
        Map<String, String> names = new LinkedHashMap<>();
        crops.list(PageRequest.of(0, 200))
                .forEach(c -> names.put(c.getUpovCode(), c.getChineseName() + " " + c.getEnglishName()));
        return names;
    }

    /** The enum's name when the value is one of its constants, else null (an unknown filter filters nothing). */
    private static <E extends Enum<E>> @Nullable String known(@Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.trim().toUpperCase(Locale.ROOT))) return e.name();
        }
        return null;
    }
}
