package org.seedprint.registry.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.matching.MatchResult;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.matching.ProfileComparison;
import org.seedprint.registry.matching.ScreeningContext;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.StoredProfile;
import org.seedprint.registry.varieties.Crop;
import org.seedprint.registry.varieties.CropService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The examiner's screening page and the locus-by-locus comparison of two profiles. */
@Controller
class MatchPages {

    private final MatchingService matching;
    private final ProfileService profiles;
    private final CropService crops;
    private final CurrentUsers users;
    private final PageLookups lookups;

    MatchPages(
            MatchingService matching,
            ProfileService profiles,
            CropService crops,
            CurrentUsers users,
            PageLookups lookups) {
        this.matching = matching;
        this.profiles = profiles;
        this.crops = crops;
        this.users = users;
        this.lookups = lookups;
    }

    /** One locus of a comparison: both genotypes ([] = missing) and whether they agree. */
    public record LocusRow(int index, String locusId, List<String> a, List<String> b, String state) {}

    @GetMapping("/match")
    String form(@RequestParam(required = false) Long profile, Model model) {
        model.addAttribute("profileId", profile);
        return form(model);
    }

    @PostMapping(path = "/match", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String match(
            @RequestParam(required = false) Long panelId,
            @RequestParam(required = false) Long profileId,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "10") int top,
            Model model)
            throws IOException {
        model.addAttribute("profileId", profileId);
        model.addAttribute("panelId", panelId);
        model.addAttribute("top", top);
        try {
            List<MatchResult> results;
            ScreeningContext context = ScreeningContext.adHoc(
                    ScreeningContext.Kind.WEB, users.require().organisationId());
            if (profileId != null) {
                results = List.of(matching.matchStored(profileId, top, context));
            } else if (file != null && !file.isEmpty()) {
                if (panelId == null) throw new Invalid("panelId", "choose the panel the file was genotyped on");
                String name = file.getOriginalFilename();
                results = matching.screen(
                        panelId,
                        new GenotypeUpload(name == null || name.isBlank() ? "upload" : name, file, null),
                        top,
                        context);
            } else {
                throw new Invalid("file", "upload a genotype file (TSV or VCF) or give a stored profile id");
            }
            model.addAttribute("results", results);
            model.addAttribute(
                    "names",
                    bothNames(results.stream()
                            .flatMap(m -> m.hits().stream())
                            .map(MatchResult.HitView::varietyId)
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList()));
        } catch (DomainException e) {
            model.addAttribute("error", Bilingual.of(e));
        } catch (InputFormatException e) {
            model.addAttribute("error", Bilingual.of(e));
        }
        return form(model);
    }

    private Map<Long, String> bothNames(List<Long> ids) {
        return lookups.bothNames(ids);
    }

    private String form(Model model) {
        model.addAttribute("panels", lookups.panels());
        return "match";
    }

    @GetMapping("/compare")
    String compare(
            @RequestParam long a,
            @RequestParam long b,
            @RequestParam(defaultValue = "false") boolean all,
            Model model) {
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("all", all);
        try {
            ProfileComparison e = matching.compare(a, b);
            StoredProfile pa = profiles.profile(a).orElseThrow();
            PanelRecord panel = profiles.panel(pa.getPanelId()).orElseThrow();
            Crop crop = crops.get(panel.getCropCode());
            Map<Long, Long> varietyOf = profiles.varietyOfProfiles(List.of(a, b));
            Map<Long, String> names = bothNames(List.copyOf(varietyOf.values()));
            model.addAttribute("e", e);
            model.addAttribute("panel", panel);
            model.addAttribute("crop", crop);
            model.addAttribute("varietyA", varietyOf.get(a));
            model.addAttribute("varietyB", varietyOf.get(b));
            model.addAttribute("nameA", names.get(varietyOf.get(a)));
            model.addAttribute("nameB", names.get(varietyOf.get(b)));
            model.addAttribute("loci", all ? allLoci(a, b) : differing(e));
        } catch (DomainException ex) {
            model.addAttribute("error", Bilingual.of(ex));
        }
        return "compare";
    }

    private static List<LocusRow> differing(ProfileComparison e) {
        return e.differing().stream()
                .map(d -> new LocusRow(d.index(), d.locusId(), d.first(), d.second(), "differing"))
                .toList();
    }

    private List<LocusRow> allLoci(long a, long b) {
        Map<String, List<String>> ga = profiles.genotypes(a);
        Map<String, List<String>> gb = profiles.genotypes(b);
        List<LocusRow> rows = new ArrayList<>(ga.size());
        int i = 0;
        for (Map.Entry<String, List<String>> locus : ga.entrySet()) {
            List<String> x = locus.getValue();
            List<String> y = gb.getOrDefault(locus.getKey(), List.of());
            String state =
                    x.isEmpty() || y.isEmpty() ? "missing" : sorted(x).equals(sorted(y)) ? "identical" : "differing";
            rows.add(new LocusRow(i++, locus.getKey(), x, y, state));
        }
        return rows;
    }

    private static List<String> sorted(List<String> alleles) {
        return alleles.stream().sorted().toList();
    }
}
