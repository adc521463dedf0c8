package org.seedprint.registry.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.seedprint.registry.search.VarietySearch;
import org.seedprint.registry.varieties.Crop;
import org.seedprint.registry.varieties.CropService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What SeedPrint is, a search box, and how many varieties the library holds per crop. */
@Controller
class HomePage {

    private final VarietySearch search;
    private final CropService crops;
    private final List<HomeSections> sections;

    HomePage(VarietySearch search, CropService crops, List<HomeSections> sections) {
        this.search = search;
        this.crops = crops;
        this.sections = sections;
    }

    public record CropCount(String code, String chineseName, String englishName, String latinName, int varieties) {}

    @GetMapping("/")
    String home(@ModelAttribute("me") Viewer me, Model model) {
        model.addAttribute(
                "workspace",
                sections.stream()
                        .flatMap(s -> s.section(me).stream())
                        .sorted(Comparator.comparingInt(HomeSection::order))
                        .toList());
        VarietySearch.Result all =
                search.varieties(null, new VarietySearch.Filters(null, null, null), PageRequest.of(0, 1));
        Map<String, Integer> perCrop = all.facets().getOrDefault("crop", Map.of());
        List<CropCount> counts = crops.list(PageRequest.of(0, 200)).stream()
                .map(c -> count(c, perCrop.getOrDefault(c.getUpovCode(), 0)))
                .sorted(Comparator.comparingInt(CropCount::varieties).reversed().thenComparing(CropCount::code))
                .toList();
        model.addAttribute("crops", counts);
        model.addAttribute("total", all.total());
        return "home";
    }

    private static CropCount count(Crop c, int n) {
        return new CropCount(c.getUpovCode(), c.getChineseName(), c.getEnglishName(), c.getLatinName(), n);
    }
}
