package org.seedprint.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** What several pages look up the same way: varieties' names in both scripts, the panels to choose from. */
@Component
public class PageLookups {

    /** A panel to choose, with its crop's names. */
    public record PanelChoice(long id, String label) {}

    private final VarietyService varieties;
    private final ProfileService profiles;
    private final CropNames crops;

    PageLookups(VarietyService varieties, ProfileService profiles, CropNames crops) {
        this.varieties = varieties;
        this.profiles = profiles;
        this.crops = crops;
    }

    /** "翠湖香粳 Cuihu Xiangjing" per variety id: examiners read both scripts. */
    public Map<Long, String> bothNames(List<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        varieties
                .findAll(ids)
                .forEach(v -> names.put(
                        v.getId(),
                        Stream.of(v.getDenominationChinese(), v.getDenominationLatin())
                                .filter(n -> n != null && !n.isBlank())
                                .collect(Collectors.joining(" "))));
        return names;
    }

    /** Every panel, by crop, name and version: "水稻 Rice · rice-mnp v1 (1000 loci 位点)". */
    public List<PanelChoice> panels() {
        Map<String, String> cropNames = crops.all();
        return profiles.panels(PageRequest.of(0, 200, Sort.by("cropCode", "name", "panelVersion"))).stream()
                .map(p -> new PanelChoice(
                        p.getId(),
                        cropNames.getOrDefault(p.getCropCode(), p.getCropCode()) + " · " + p.getName() + " v"
                                + p.getPanelVersion() + " (" + p.getLocusCount() + " loci 位点)"))
                .toList();
    }
}
