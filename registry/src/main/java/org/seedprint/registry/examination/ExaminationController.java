package org.seedprint.registry.examination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "examination")
class ExaminationController {

    private final Batches batches;
    private final Applications applications;
    private final Decisions decisions;
    private final Screenings screenings;
    private final CurrentUsers users;

    ExaminationController(
            Batches batches,
            Applications applications,
            Decisions decisions,
            Screenings screenings,
            CurrentUsers users) {
        this.batches = batches;
        this.applications = applications;
        this.decisions = decisions;
        this.screenings = screenings;
        this.users = users;
    }

    /** An application with its newest screening and every decision, newest first. */
    record ApplicationView(
            Application application, @Nullable Screening screening, List<Decision> decisions) {}

    record DecisionRequest(@Nullable String code, @Nullable String reason) {}

    record ReopenRequest(@Nullable String reason) {}

    @PostMapping(path = "/api/v1/examination/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "File a batch of applications (CSV) with the candidates' genotype files and screen it in the "
                    + "background; 202 with the batch. A bad batch stores nothing and names every problem.")
    ResponseEntity<Batch> submit(
            @RequestParam long panelId,
            @RequestPart MultipartFile applications,
            @RequestPart List<MultipartFile> genotypes,
            @RequestParam(required = false) @Size(max = 16) String format)
            throws IOException {
        List<GenotypeUpload> files = new ArrayList<>();
        for (MultipartFile g : genotypes) files.add(new GenotypeUpload(name(g, "genotypes"), g, format));
        Batch b = batches.submit(
                new Batches.Upload(panelId, name(applications, "applications"), applications, files),
                users.current().map(CurrentUser::username).orElse(null));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/examination/batches/" + b.id()))
                .body(b);
    }

    @GetMapping("/api/v1/examination/batches/{id}")
    @Operation(summary = "A batch's state, progress and per-class summary of its screenings")
    Batch batch(@PathVariable long id) {
        return batches.get(id);
    }

    @GetMapping("/api/v1/examination/applications")
    @Operation(summary = "Applications the caller may see (an applicant: its own), newest first, with filters")
    List<Application> list(
            @RequestParam(required = false) @Size(max = 32) String crop,
            @RequestParam(required = false) @Size(max = 16) String status,
            @RequestParam(name = "class", required = false) @Size(max = 16) String screenedClass,
            @RequestParam(defaultValue = "200") int limit) {
        return applications.list(new Applications.Filters(crop, status(status), screenedClass(screenedClass)), limit);
    }

    @GetMapping("/api/v1/examination/applications/{number}")
    @Operation(summary = "An application with its screening (hits, differing loci, denomination check) and decisions")
    ApplicationView application(@PathVariable String number) {
        Application a = applications.get(Applications.checkNumber(number));
        return view(a);
    }

    @PostMapping("/api/v1/examination/applications/{number}/decision")
    @Operation(
            summary =
                    "Decide a screened application: distinct, indistinct, edv-candidate or field-trial, with a reason")
    ApplicationView decide(@PathVariable String number, @RequestBody DecisionRequest req) {
        decisions.decide(
                Applications.checkNumber(number), String.valueOf(req.code()), req.reason() == null ? "" : req.reason());
        return view(applications.get(number));
    }

    @PostMapping("/api/v1/examination/applications/{number}/countersign")
    @Operation(summary = "Countersign the pending decision (a second examiner, when the crop requires four eyes)")
    ApplicationView countersign(@PathVariable String number) {
        decisions.countersign(Applications.checkNumber(number));
        return view(applications.get(number));
    }

    @PostMapping("/api/v1/examination/applications/{number}/reopen")
    @Operation(summary = "Reopen the decision with a recorded reason; the application is screened again")
    ApplicationView reopen(@PathVariable String number, @RequestBody ReopenRequest req) {
        decisions.reopen(Applications.checkNumber(number), req.reason() == null ? "" : req.reason());
        return view(applications.get(number));
    }

    private ApplicationView view(Application a) {
        return new ApplicationView(a, screenings.latest(a.id()).orElse(null), decisions.all(a.id()));
    }

    private static Application.@Nullable Status status(@Nullable String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Application.Status.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("status", "status must be filed, screened, decided or reported");
        }
    }

    private static @Nullable String screenedClass(@Nullable String c) {
        if (c == null || c.isBlank()) return null;
        if (!Batch.CLASSES.contains(c)) throw new Invalid("class", "class must be one of " + Batch.CLASSES);
        return c;
    }

    private static String name(MultipartFile f, String part) {
        String n = f.getOriginalFilename();
        return n == null || n.isBlank() ? part : n;
    }
}
