package org.seedprint.registry.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.evidence.Certificates;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issuing comparison reports, reading one's own, their certificates and the public re-check. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    record NewReport(
            @NotNull Long queryProfileId,

            @NotEmpty @Size(max = ComparisonReports.MAX_REFERENCES)
            List<@NotNull Long> referenceProfileIds,

            ReportContext.@Nullable Kind kind,
            @Nullable @Size(max = 128) String reference) {}

    private final ComparisonReports reports;
    private final CurrentUsers users;

    ReportController(ComparisonReports reports, CurrentUsers users) {
        this.reports = reports;
        this.users = users;
    }

    /** A court's request is a court order and names its case; an examiner's names an application, if any. */
    @PostMapping
    ResponseEntity<ComparisonReport> issue(@Valid @RequestBody NewReport r) {
        CurrentUser me = users.require();
        ReportContext.Kind kind = r.kind() != null
                ? r.kind()
                : me.has(Role.COURT)
                        ? ReportContext.Kind.COURT_ORDER
                        : r.reference() == null ? ReportContext.Kind.EXAMINER : ReportContext.Kind.APPLICATION;
        if (kind == ReportContext.Kind.COURT_ORDER && !me.has(Role.COURT)) {
            throw new Invalid("kind", "only a court issues a court-ordered comparison");
        }
        if (kind != ReportContext.Kind.EXAMINER
                && (r.reference() == null || r.reference().isBlank())) {
            throw new Invalid("reference", "a " + kind + " report names its case id or application number");
        }
        ComparisonReport issued = reports.issue(
                r.queryProfileId(),
                r.referenceProfileIds(),
                new ReportContext(kind, r.reference(), me.username(), me.organisationId()));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + issued.id()))
                .body(issued);
    }

    @GetMapping("/{id}")
    ComparisonReport find(@PathVariable UUID id) {
        return reports.find(id, users.require());
    }

    /** The signed canonical JSON itself, byte for byte: what the time-stamp and the log entry are over. */
    @GetMapping(value = "/{id}/document", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] document(@PathVariable UUID id) {
        return reports.content(id, users.require());
    }

    /** Public: whether the report's time-stamp, digest and log entry verify; no content. */
    @GetMapping("/{id}/verification")
    ReportVerification verification(@PathVariable UUID id) {
        return reports.verification(id);
    }

    @GetMapping("/{id}/certificate.{format}")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id, @PathVariable String format) {
        Certificates.Format f;
        MediaType type;
        switch (format) {
            case "json" -> {
                f = Certificates.Format.JSON;
                type = MediaType.APPLICATION_JSON;
            }
            case "p7s" -> {
                f = Certificates.Format.P7S;
                type = MediaType.parseMediaType("application/pkcs7-signature");
            }
            case "tsr" -> {
                f = Certificates.Format.TSR;
                type = MediaType.parseMediaType("application/timestamp-reply");
            }
            case "pdf" -> {
                f = Certificates.Format.PDF;
                type = MediaType.APPLICATION_PDF;
            }
            default -> throw new Invalid("format", "the certificate comes as json, p7s, tsr or pdf");
        }
        byte[] body = reports.certificate(id, f, users.require());
        String name = "report-" + id + (f == Certificates.Format.P7S ? ".json.p7s" : "." + format);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
