package org.seedprint.registry.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.platform.UnreadableFile;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "imports")
class ImportController {

    private final ImportService imports;
    private final CurrentUsers users;

    ImportController(ImportService imports, CurrentUsers users) {
        this.imports = imports;
        this.users = users;
    }

    record JobView(
            long id,
            String status,
            @Nullable String phase,
            long progressDone,
            long progressTotal,
            int varietiesAdded,
            int profilesAdded,
            @Nullable String message,
            String sourceSha256,
            String description,
            Instant createdAt,
            @Nullable Instant finishedAt,
            PageResponse<Rejection> rejections) {}

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a library: varieties (CSV or MCPD) and genotypes (TSV/VCF/HapMap) in one checked job; "
                    + "202 with the job, or 200 with the earlier job when the same source was imported before")
    ResponseEntity<JobView> submit(
            @RequestParam String crop,
            @RequestPart(required = false) MultipartFile varieties,
            @RequestPart(required = false) MultipartFile mcpd,
            @RequestPart(required = false) List<MultipartFile> genotypes,
            @RequestParam(required = false) @Size(max = 16) String format,
            @RequestParam(required = false) Long panelId,
            @RequestPart(required = false) MultipartFile panel,
            @RequestParam(required = false) @Size(max = 200) String panelName,
            @RequestParam(required = false) @Size(max = 64) String panelVersion,
            @RequestParam(required = false) Integer windowMaxSpan,
            @RequestParam(required = false) Integer windowMinSnps,
            @RequestParam(required = false) @Size(max = 200) String lab,
            @RequestParam(required = false) @Size(max = 200) String method,
            @RequestParam(required = false) LocalDate assayedOn,
            @RequestParam(required = false) @Size(max = 32) String encoding)
            throws IOException {
        if (encoding != null && !encoding.isBlank()) {
            try {
                CsvEncoding.charset(encoding, "encoding");
            } catch (InputFormatException e) {
                throw new Invalid("encoding", e.problem());
            }
        }
        Path dir = Files.createTempDirectory("seedprint-import");
        Runnable cleanup = () -> delete(dir);
        try {
            List<ImportRequest.Part> genotypeParts = new ArrayList<>();
            if (genotypes != null) for (MultipartFile g : genotypes) genotypeParts.add(save(dir, g, "genotypes"));
            ImportRequest req = new ImportRequest(
                    crop,
                    save(dir, varieties, "varieties"),
                    save(dir, mcpd, "mcpd"),
                    genotypeParts,
                    format,
                    panelId,
                    save(dir, panel, "panel"),
                    panelName,
                    panelVersion,
                    windowMaxSpan,
                    windowMinSnps,
                    lab,
                    method,
                    assayedOn,
                    encoding);
            ImportJob job = imports.submit(
                    req, users.current().map(CurrentUser::username).orElse(null), cleanup);
            boolean earlier = job.getStatus() == ImportJob.Status.SUCCEEDED;
            return ResponseEntity.status(earlier ? HttpStatus.OK : HttpStatus.ACCEPTED)
                    .location(URI.create("/api/v1/imports/" + job.getId()))
                    .body(view(job, PageRequest.of(0, 100)));
        } catch (RuntimeException e) {
            cleanup.run();
            throw e;
        }
    }

    @GetMapping("/api/v1/imports/{id}")
    @Operation(summary = "Status, progress and rejected rows (paged) of an import job")
    JobView status(@PathVariable long id, @ParameterObject @PageableDefault(size = 100) Pageable page) {
        return view(imports.find(id).orElseThrow(() -> new NotFound("import " + id)), page);
    }

    private JobView view(ImportJob j, Pageable page) {
        List<Rejection> all = imports.rejections(j.getId());
        return new JobView(
                j.getId(),
                j.getStatus().name(),
                j.getPhase(),
                j.getProgressDone(),
                j.getProgressTotal(),
                j.getVarietiesAdded(),
                j.getProfilesAdded(),
                j.getMessage(),
                j.getSourceSha256(),
                j.getDescription(),
                j.getCreatedAt(),
                j.getFinishedAt(),
                PageResponse.slice(all, page));
    }

    private static ImportRequest.@Nullable Part save(Path dir, @Nullable MultipartFile f, String role)
            throws IOException {
        if (f == null) return null;
        String original = f.getOriginalFilename();
        // A browser sends an empty part without a file name when no file was chosen.
        if (f.isEmpty() && (original == null || original.isBlank())) return null;
        // The name as uploaded, without a client's directories: what rejections name.
        String name = original == null || original.isBlank()
                ? role
                : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        if (f.isEmpty()) throw new Invalid(role, role + " file " + name + " is empty (0 bytes)");
        Path target = Files.createTempFile(dir, role, ".part");
        f.transferTo(target);
        UnreadableFile.checkCompressed(role, name, () -> Files.newInputStream(target));
        return new ImportRequest.Part(name, target);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
