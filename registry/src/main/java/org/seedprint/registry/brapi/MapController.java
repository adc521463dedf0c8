package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PagingProperties;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.Crop;
import org.seedprint.registry.varieties.CropService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * BrAPI-Genotyping genome maps: each panel is a physical map (unit bp) whose linkage groups are
 * its chromosomes and whose markers are its loci at their BED start.
 */
@RestController
@RequestMapping(Brapi.BASE)
class MapController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GenomeMap(
            String mapDbId,
            String mapName,
            String commonCropName,
            @Nullable String scientificName,
            String type,
            String unit,
            int markerCount,
            int linkageGroupCount,
            Map<String, String> additionalInfo) {}

    record LinkageGroup(String linkageGroupName, int markerCount, int maxPosition) {}

    record MarkerPosition(
            String mapDbId,
            String mapName,
            String linkageGroupName,
            int position,
            String variantDbId,
            String variantName) {}

    private final ProfileService profiles;
    private final CropService crops;
    private final PagingProperties limits;

    MapController(ProfileService profiles, CropService crops, PagingProperties limits) {
        this.profiles = profiles;
        this.crops = crops;
        this.limits = limits;
    }

    @GetMapping("/maps")
    Brapi<Brapi.Data<GenomeMap>> maps(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String mapDbId,
            @RequestParam(required = false) @Nullable String commonCropName,
            @RequestParam(required = false) @Nullable String type) {
        Paging paging = Paging.of(query, "page", "pageSize", limits);
        List<Long> ids = Ids.numbers(Ids.split(mapDbId));
        List<GenomeMap> all = panels().stream()
                .filter(p -> mapDbId == null || ids.contains(p.getId()))
                .map(this::map)
                .filter(m -> commonCropName == null || m.commonCropName().equalsIgnoreCase(commonCropName))
                .filter(m -> type == null || m.type().equalsIgnoreCase(type))
                .toList();
        return Brapi.page(
                all.stream().skip(paging.offset()).limit(paging.pageSize()).toList(), paging, all.size());
    }

    @GetMapping("/maps/{mapDbId}")
    Brapi<GenomeMap> map(@PathVariable String mapDbId) {
        return Brapi.single(map(panel(mapDbId)));
    }

    @GetMapping("/maps/{mapDbId}/linkagegroups")
    Brapi<Brapi.Data<LinkageGroup>> linkageGroups(
            @PathVariable String mapDbId, @RequestParam Map<String, String> query) {
        Paging paging = Paging.of(query, "page", "pageSize", limits);
        List<LinkageGroup> groups = groups(panel(mapDbId));
        return Brapi.page(
                groups.stream().skip(paging.offset()).limit(paging.pageSize()).toList(), paging, groups.size());
    }

    @GetMapping("/markerpositions")
    Brapi<Brapi.Data<MarkerPosition>> markerPositions(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String mapDbId,
            @RequestParam(required = false) @Nullable String linkageGroupName,
            @RequestParam(required = false) @Nullable String variantDbId,
            @RequestParam(required = false) @Nullable Integer minPosition,
            @RequestParam(required = false) @Nullable Integer maxPosition) {
        Paging paging = Paging.of(query, "page", "pageSize", limits);
        List<Long> maps = Ids.numbers(Ids.split(mapDbId));
        List<String> variants = Ids.split(variantDbId);
        List<MarkerPosition> out = new ArrayList<>();
        long total = 0;
        for (PanelRecord p : panels()) {
            if (mapDbId != null && !maps.contains(p.getId())) continue;
            List<Locus> loci = loci(p);
            for (int l = 0; l < loci.size(); l++) {
                Locus locus = loci.get(l);
                String vid = Variants.id(p.getId(), l);
                if (linkageGroupName != null && !locus.chrom().equals(linkageGroupName)) continue;
                if (variantDbId != null && !variants.contains(vid)) continue;
                if (minPosition != null && locus.start() < minPosition) continue;
                if (maxPosition != null && locus.start() > maxPosition) continue;
                if (total >= paging.offset() && out.size() < paging.pageSize()) {
                    out.add(new MarkerPosition(
                            Long.toString(p.getId()), name(p), locus.chrom(), locus.start(), vid, locus.id()));
                }
                total++;
            }
        }
        return Brapi.page(out, paging, total);
    }

    private GenomeMap map(PanelRecord p) {
        Crop crop = crops.get(p.getCropCode());
        return new GenomeMap(
                Long.toString(p.getId()),
                name(p),
                crop.getEnglishName(),
                crop.getLatinName(),
                "Physical",
                "bp",
                p.getLocusCount(),
                groups(p).size(),
                Map.of("variantSetDbId", Long.toString(p.getId()), "upovCode", p.getCropCode()));
    }

    private List<LinkageGroup> groups(PanelRecord p) {
        Map<String, int[]> byChrom = new LinkedHashMap<>();
        for (Locus l : loci(p)) {
            int[] g = byChrom.computeIfAbsent(l.chrom(), k -> new int[2]);
            g[0]++;
            g[1] = Math.max(g[1], l.start());
        }
        List<LinkageGroup> out = new ArrayList<>();
        byChrom.forEach((chrom, g) -> out.add(new LinkageGroup(chrom, g[0], g[1])));
        return out;
    }

    /** The panel's loci in order (read in the profiles area's transaction). */
    private List<Locus> loci(PanelRecord p) {
        return profiles.matcherPanel(p.getId()).orElseThrow().loci();
    }

    private static String name(PanelRecord p) {
        return p.getName() + " v" + p.getPanelVersion();
    }

    private PanelRecord panel(String mapDbId) {
        return Ids.number(mapDbId).flatMap(profiles::panel).orElseThrow(() -> new NotFound("map " + mapDbId));
    }

    private List<PanelRecord> panels() {
        return profiles.panels(PageRequest.of(0, Integer.MAX_VALUE, Sort.by("id")))
                .getContent();
    }
}
