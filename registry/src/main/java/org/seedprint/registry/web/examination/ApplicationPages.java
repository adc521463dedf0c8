package org.seedprint.registry.web.examination;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.examination.Application;
import org.seedprint.registry.examination.Applications;
import org.seedprint.registry.examination.Batch;
import org.seedprint.registry.examination.Decision;
import org.seedprint.registry.examination.Decisions;
import org.seedprint.registry.examination.ExaminationQueries;
import org.seedprint.registry.examination.ExaminationQueries.ApplicationDossier;
import org.seedprint.registry.examination.Screening;
import org.seedprint.registry.matching.CloseMatchFound;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.platform.ProblemStatus;
import org.seedprint.registry.profiles.PanelLocus;
import org.seedprint.registry.web.Bilingual;
import org.seedprint.registry.web.CropNames;
import org.seedprint.registry.web.PageLookups;
import org.seedprint.registry.web.Viewer;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applications list (filters by crop, status and class; paged) and one application: its
 * metadata, claimed pedigree, hits, differing-locus picture, denomination check, what else the
 * screening stores, the decisions with the four-eyes rule, and the decision, countersignature,
 * reopening and report actions. A refused action is a message on the page, never a 500.
 */
@Controller
class ApplicationPages {

    static final int PAGE_SIZE = 50;

    private final Applications applications;
    private final ExaminationQueries queries;
    private final Decisions decisions;
    private final PageLookups lookups;
    private final CropNames crops;
    private final JsonMapper json;

    ApplicationPages(
            Applications applications,
            ExaminationQueries queries,
            Decisions decisions,
            PageLookups lookups,
            CropNames crops,
            JsonMapper json) {
        this.applications = applications;
        this.queries = queries;
        this.decisions = decisions;
        this.lookups = lookups;
        this.crops = crops;
        this.json = json;
    }

    @GetMapping("/examination/applications")
    String list(
            @RequestParam(required = false) @Nullable String crop,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(name = "class", required = false) @Nullable String screenedClass,
            @ParameterObject @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        String c = blank(crop);
        Application.Status s = status(status);
        String k = screenedClass(screenedClass);
        PageResponse<Application> found = applications.page(new Applications.Filters(c, s, k), page);
        model.addAttribute("found", found);
        model.addAttribute("crop", c);
        model.addAttribute("status", s == null ? null : s.name().toLowerCase(Locale.ROOT));
        model.addAttribute("klass", k);
        model.addAttribute("crops", crops.all());
        model.addAttribute(
                "statuses",
                Stream.of(Application.Status.values())
                        .map(x -> x.name().toLowerCase(Locale.ROOT))
                        .toList());
        model.addAttribute("classes", Batch.CLASSES);
        return "examination/applications";
    }

    @GetMapping("/examination/applications/{number}")
    String show(@PathVariable String number, @ModelAttribute("me") Viewer me, Model model) {
        return show(number, me, model, null);
    }

    @PostMapping("/examination/applications/{number}/decision")
    String decide(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String reason,
            @ModelAttribute("me") Viewer me,
            Model model,
            HttpServletResponse response) {
        try {
            Decision d = decisions.decide(number, code, reason);
            return "redirect:/examination/applications/" + number
                    + (d.awaitingCountersign() ? "?decided&awaiting" : "?decided");
        } catch (DomainException e) {
            model.addAttribute("code", code);
            model.addAttribute("reason", reason);
            return refused(number, me, model, response, e);
        }
    }

    @PostMapping("/examination/applications/{number}/countersign")
    String countersign(
            @PathVariable String number, @ModelAttribute("me") Viewer me, Model model, HttpServletResponse response) {
        try {
            decisions.countersign(number);
            return "redirect:/examination/applications/" + number + "?countersigned";
        } catch (DomainException e) {
            return refused(number, me, model, response, e);
        }
    }

    @PostMapping("/examination/applications/{number}/reopen")
    String reopen(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String reason,
            @ModelAttribute("me") Viewer me,
            Model model,
            HttpServletResponse response) {
        try {
            decisions.reopen(number, reason);
            return "redirect:/examination/applications/" + number + "?reopened";
        } catch (DomainException e) {
            model.addAttribute("reopenReason", reason);
            return refused(number, me, model, response, e);
        }
    }

    /** The page again with the refusal as its message and the status the API would answer. */
    private String refused(String number, Viewer me, Model model, HttpServletResponse response, DomainException e) {
        // a refusal to see the application itself is the error page's, as on a GET
        ApplicationDossier d = queries.dossier(number);
        response.setStatus(ProblemStatus.of(e).value());
        return render(d, me, model, Bilingual.of(e));
    }

    private String show(String number, Viewer me, Model model, @Nullable String error) {
        return render(queries.dossier(number), me, model, error);
    }

    private String render(ApplicationDossier d, Viewer me, Model model, @Nullable String error) {
        Application a = d.application();
        Screening s = d.screening();
        model.addAttribute("d", d);
        model.addAttribute("a", a);
        model.addAttribute("s", s);
        model.addAttribute("error", error);
        model.addAttribute("current", d.current());
        model.addAttribute("codes", Decision.CODES);
        model.addAttribute("cropName", crops.of(a.cropCode()));
        model.addAttribute("statusCode", a.status().name().toLowerCase(Locale.ROOT));
        String base = "/api/v1/examination/applications/" + a.number();
        model.addAttribute("mayDecide", me.may("POST", "/examination/applications/" + a.number() + "/decision"));
        model.addAttribute("mayBatch", me.may("GET", "/examination/batches/" + a.batchId()));
        // the reports area adds this endpoint; the button shows once the access table has it
        model.addAttribute("mayReport", a.status() == Application.Status.DECIDED && me.may("POST", base + "/report"));
        model.addAttribute("reportPath", base + "/report");
        Decision current = d.current();
        model.addAttribute(
                "mayCountersign",
                current != null
                        && current.awaitingCountersign()
                        && me.username() != null
                        && !current.decidedBy().equals(me.username()));
        Map<Long, String> names = new LinkedHashMap<>();
        if (s != null) {
            names = lookups.bothNames(s.hits().stream()
                    .map(h -> h.hit().varietyId())
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList());
            List<PanelLocus> loci = queries.panelLoci(s.panel().id());
            List<LocusMap.Hit> close = new ArrayList<>();
            for (Screening.Hit h : s.hits()) {
                if (!CloseMatchFound.isClose(h.hit().classification())) continue;
                Long v = h.hit().varietyId();
                String name = v == null ? null : names.get(v);
                String denomination = h.hit().denomination();
                close.add(new LocusMap.Hit(
                        h.hit().rank(),
                        name != null
                                ? name
                                : denomination != null
                                        ? denomination
                                        : "profile " + h.hit().profileId(),
                        h.hit().classification(),
                        h.differing()));
            }
            model.addAttribute("locusMap", close.isEmpty() || loci.isEmpty() ? null : LocusMap.of(loci, close));
            model.addAttribute("closeHits", close);
        } else {
            model.addAttribute("locusMap", null);
            model.addAttribute("closeHits", List.of());
        }
        model.addAttribute("names", names);
        model.addAttribute("extras", ScreeningExtras.of(s, json));
        return "examination/application";
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Application.@Nullable Status status(@Nullable String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Application.Status.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("status", "status must be filed, screened, decided or reported");
        }
    }

    private static @Nullable String screenedClass(@Nullable String c) {
        if (c == null || c.isBlank()) return null;
        if (!Batch.CLASSES.contains(c.strip())) throw new Invalid("class", "class must be one of " + Batch.CLASSES);
        return c.strip();
    }
}
