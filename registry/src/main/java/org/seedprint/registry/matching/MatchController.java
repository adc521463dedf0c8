package org.seedprint.registry.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.platform.UnreadableFile;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
@Tag(name = "matching")
class MatchController {

    private final MatchingService matching;
    private final PairsMap pairs;
    private final ProfileService profiles;
    private final CurrentUsers users;

    MatchController(MatchingService matching, PairsMap pairs, ProfileService profiles, CurrentUsers users) {
        this.matching = matching;
        this.pairs = pairs;
        this.profiles = profiles;
        this.users = users;
    }

    private ScreeningContext context() {
        return ScreeningContext.adHoc(ScreeningContext.Kind.API, users.require().organisationId());
    }

    static final int DEFAULT_TOP = 10;

    record StoredQuery(@Nullable Long profileId, @Nullable Integer top) {}

    @PostMapping(path = "/api/v1/matches", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Screen a stored profile against the library of its crop and panel")
    MatchResult matchStored(@RequestBody StoredQuery q) {
        if (q.profileId() == null) throw new Invalid("profileId", "profileId is required");
        return matching.matchStored(q.profileId(), q.top() == null ? DEFAULT_TOP : q.top(), context());
    }

    @PostMapping(path = "/api/v1/matches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Screen every sample of an uploaded TSV/VCF/HapMap file against a panel's library")
    List<MatchResult> matchUpload(
            @RequestPart("file") MultipartFile file,
            @RequestParam long panelId,
            @RequestParam(required = false) @Size(max = 16) @Nullable String format,
            @RequestParam(required = false) @Nullable Integer top)
            throws IOException, InputFormatException {
        String name = file.getOriginalFilename();
        if (file.isEmpty()) throw new Invalid("file", "the uploaded file " + name + " is empty (0 bytes)");
        UnreadableFile.checkCompressed("file", name == null ? "upload" : name, file::getInputStream);
        return matching.screen(
                panelId,
                new GenotypeUpload(name == null || name.isBlank() ? "upload" : name, file, format),
                top == null ? DEFAULT_TOP : top,
                context());
    }

    @GetMapping("/api/v1/comparisons")
    @Operation(summary = "Locus-by-locus difference of two stored profiles of one panel")
    ProfileComparison compare(@RequestParam long a, @RequestParam long b) {
        return matching.compare(a, b);
    }

    record PairsPage(
            long panelId,
            double minSimilarity,
            int librarySize,
            MatchResult.ThresholdsUsed thresholds,
            long computedInMs,
            PageResponse<PairsMap.PairView> pairs) {}

    @GetMapping("/api/v1/crops/{code}/pairs")
    @Operation(
            summary =
                    "Pairs of the crop's library at or above minSimilarity, best first, paged; 202 while it is being computed")
    ResponseEntity<PairsPage> pairs(
            @PathVariable String code,
            @RequestParam(defaultValue = "0.9") double minSimilarity,
            @RequestParam(required = false) Long panelId,
            @ParameterObject @PageableDefault(size = 100) Pageable page) {
        if (!(minSimilarity > 0 && minSimilarity <= 1)) throw new Invalid("minSimilarity", "must be in (0, 1]");
        PanelRecord panel = panelId != null
                ? profiles.panel(panelId)
                        .filter(p -> p.getCropCode().equals(code))
                        .orElseThrow(() -> new Invalid("panelId", "no panel " + panelId + " of crop " + code))
                : profiles.largestPanel(code).orElseThrow(() -> new NotFound("profiles of crop " + code));
        return pairs.get(panel.getId(), code, minSimilarity)
                .map(r -> ResponseEntity.ok(new PairsPage(
                        r.panelId(),
                        r.minSimilarity(),
                        r.librarySize(),
                        r.thresholds(),
                        r.computedInMs(),
                        PageResponse.slice(r.pairs(), page))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .header("Retry-After", "1")
                        .build());
    }
}
