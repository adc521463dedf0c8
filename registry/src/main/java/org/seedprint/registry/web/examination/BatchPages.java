package org.seedprint.registry.web.examination;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.examination.Batch;
import org.seedprint.registry.examination.Batches;
import org.seedprint.registry.examination.ExaminationQueries;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.ProblemStatus;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.web.Bilingual;
import org.seedprint.registry.web.CropNames;
import org.seedprint.registry.web.PageLookups;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The batch upload (panel, applications CSV, genotype files) through the same service as the
 * batch API; a bad batch is the form again with every problem named (file, line, field) and
 * nothing stored. A filed batch's page shows its progress until done, then the summary per class
 * and the similarity heatmap of its candidates against their nearest library varieties.
 */
@Controller
class BatchPages {

    /** The heatmap's size: rows (candidates), columns (library varieties), best hits per candidate. */
    static final int HEAT_ROWS = 80;

    static final int HEAT_COLUMNS = 36;
    static final int HEAT_PER_CANDIDATE = 3;

    /** One problem of a bad batch as the service names it: {@code file line N field F: reason}. */
    record Problem(String file, @Nullable Long line, String field, String reason) {}

    /** A recent batch for the list under the form. */
    record Recent(long id, String crop, String description, String status, int done, int total, java.time.Instant at) {}

    private static final Pattern PROBLEM =
            Pattern.compile("^(.+?)(?: line (\\d+))? field (\\S+): (.*)$", Pattern.DOTALL);

    /** Where the service's list of problems is cut: before each "file [line N] field F: ". */
    private static final Pattern SPLIT = Pattern.compile("; (?=[^;:]+?(?: line \\d+)? field \\S+: )");

    private final Batches batches;
    private final ExaminationQueries queries;
    private final ProfileService profiles;
    private final CropNames crops;
    private final CurrentUsers users;
    private final PageLookups lookups;

    BatchPages(
            Batches batches,
            ExaminationQueries queries,
            ProfileService profiles,
            CropNames crops,
            CurrentUsers users,
            PageLookups lookups) {
        this.batches = batches;
        this.queries = queries;
        this.profiles = profiles;
        this.crops = crops;
        this.users = users;
        this.lookups = lookups;
    }

    @GetMapping("/examination/batches")
    String form(Model model) {
        return form(model, null, List.of(), null);
    }

    @PostMapping(path = "/examination/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String submit(
            @RequestParam(required = false) @Nullable Long panelId,
            @RequestParam(name = "applications", required = false) @Nullable MultipartFile csv,
            @RequestParam(name = "genotypes", required = false) @Nullable List<MultipartFile> genotypes,
            @RequestParam(required = false) @Nullable String format,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            if (panelId == null) throw new Invalid("panelId", "choose the panel the candidates were genotyped on");
            if (csv == null || csv.isEmpty())
                throw new Invalid("applications", "upload the applications CSV (one application a row)");
            List<GenotypeUpload> files = new ArrayList<>();
            if (genotypes != null)
                for (MultipartFile g : genotypes)
                    if (!g.isEmpty())
                        files.add(new GenotypeUpload(
                                name(g, "genotypes"), g, format == null || format.isBlank() ? null : format));
            if (files.isEmpty()) throw new Invalid("genotypes", "upload one or more genotype files");
            Batch b = batches.submit(
                    new Batches.Upload(panelId, name(csv, "applications.csv"), csv, files),
                    users.current().map(CurrentUser::username).orElse(null));
            return "redirect:/examination/batches/" + b.id();
        } catch (DomainException e) {
            response.setStatus(ProblemStatus.of(e).value());
            return form(model, Bilingual.of(e), problems(e), panelId);
        }
    }

    @GetMapping("/examination/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        Batch b = batches.get(id);
        model.addAttribute("b", b);
        model.addAttribute("cropName", crops.of(b.cropCode()));
        model.addAttribute("panel", profiles.panel(b.panelId()).orElse(null));
        model.addAttribute("applications", queries.batchApplications(id));
        boolean running = b.status() == Batch.Status.QUEUED || b.status() == Batch.Status.SCREENING;
        model.addAttribute("running", running);
        model.addAttribute("percent", b.total() == 0 ? 0 : (int) Math.round(100.0 * b.done() / b.total()));
        HeatmapPicture heat = null;
        if (!running) {
            ExaminationQueries.Heatmap h = queries.heatmap(id, HEAT_PER_CANDIDATE, HEAT_ROWS, HEAT_COLUMNS);
            if (!h.rows().isEmpty() && !h.columns().isEmpty()) {
                heat = HeatmapPicture.of(
                        h,
                        lookups.bothNames(h.columns().stream()
                                .map(ExaminationQueries.Heatmap.Column::varietyId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList()));
            }
            model.addAttribute("leftOut", h.candidatesLeftOut());
        }
        model.addAttribute("heat", heat);
        return "examination/batch";
    }

    private String form(Model model, @Nullable String error, List<Problem> problems, @Nullable Long panelId) {
        Map<String, String> cropNames = crops.all();
        List<Recent> recent = new ArrayList<>();
        for (long id : batches.recent(20)) {
            batches.find(id)
                    .ifPresent(b -> recent.add(new Recent(
                            b.id(),
                            cropNames.getOrDefault(b.cropCode(), b.cropCode()),
                            b.description(),
                            b.status().name(),
                            b.done(),
                            b.total(),
                            b.createdAt())));
        }
        model.addAttribute("panels", lookups.panels());
        model.addAttribute("panelId", panelId);
        model.addAttribute("recent", recent);
        model.addAttribute("error", error);
        model.addAttribute("problems", problems);
        return "examination/batch-form";
    }

    /** Every problem the service named, one row each; none when the refusal is of another kind. */
    static List<Problem> problems(DomainException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf("nothing was stored: ");
        if (colon < 0) return List.of();
        List<Problem> out = new ArrayList<>();
        for (String part : SPLIT.split(message.substring(colon + "nothing was stored: ".length()))) {
            Matcher m = PROBLEM.matcher(part.strip());
            if (m.matches()) {
                out.add(new Problem(
                        m.group(1), m.group(2) == null ? null : Long.valueOf(m.group(2)), m.group(3), m.group(4)));
            } else out.add(new Problem("", null, "", part.strip()));
        }
        return out;
    }

    private static String name(MultipartFile f, String fallback) {
        String n = f.getOriginalFilename();
        return n == null || n.isBlank() ? fallback : n;
    }
}
