package org.seedprint.registry.reports;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.UnreadableFile;
import org.seedprint.registry.reports.ComparisonReports.CourtComparison;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Court-ordered comparisons within a case, and the case's reports. */
@RestController
class CourtComparisonController {

    private final CourtComparisons comparisons;

    CourtComparisonController(CourtComparisons comparisons) {
        this.comparisons = comparisons;
    }

    /**
     * A seized sample's genotype file (TSV, VCF or HapMap, as {@code POST /api/v1/matches} takes)
     * against a deposit or an authorised variety attached to the case.
     */
    @PostMapping(path = "/api/v1/cases/{id}/comparisons", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CourtComparison> order(
            @PathVariable long id,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String sample,
            @RequestParam(required = false) @Nullable String depositId,
            @RequestParam(required = false) @Nullable String varietyId,
            @RequestParam(required = false) @Nullable String panelId,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String reference)
            throws IOException, InputFormatException {
        // the parameters first, each naming itself; then the file
        UUID deposit = uuid(blank(depositId));
        Long variety = number("varietyId", varietyId);
        Long panel = number("panelId", panelId);
        if (format != null && format.length() > 16) throw new Invalid("format", "TSV, VCF or HAPMAP");
        if (sample != null && sample.length() > 256) throw new Invalid("sample", "at most 256 characters");
        if (reference != null && reference.length() > 128) throw new Invalid("reference", "at most 128 characters");
        if (file == null) throw new Invalid("file", "upload the seized sample's genotype file as 'file'");
        String original = file.getOriginalFilename();
        String name = original == null || original.isBlank() ? "upload" : original;
        if (file.isEmpty()) throw new Invalid("file", "the uploaded file " + name + " is empty (0 bytes)");
        UnreadableFile.checkCompressed("file", name, file::getInputStream);
        CourtComparison made = comparisons.order(new CourtComparisons.Order(
                id,
                new GenotypeUpload(name, file, blank(format)),
                blank(sample),
                deposit,
                variety,
                panel,
                blank(reference)));
        return ResponseEntity.created(
                        URI.create("/api/v1/reports/" + made.report().id()))
                .body(made);
    }

    @GetMapping("/api/v1/cases/{id}/reports")
    List<ReportSummary> reports(@PathVariable long id) {
        return comparisons.ofCase(id);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable UUID uuid(@Nullable String s) {
        if (s == null) return null;
        if (s.length() > 64) throw new Invalid("depositId", "not a deposit id (too long)");
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw new Invalid("depositId", "'" + s + "' is not a deposit id");
        }
    }

    private static @Nullable Long number(String field, @Nullable String value) {
        String s = blank(value);
        if (s == null) return null;
        if (s.length() > 19) throw new Invalid(field, "'" + s.substring(0, 19) + "...' is not a number");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new Invalid(field, "'" + s + "' is not a number");
        }
    }
}
