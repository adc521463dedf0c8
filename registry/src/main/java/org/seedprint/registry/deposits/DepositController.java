package org.seedprint.registry.deposits;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.evidence.Certificates;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/deposits")
class DepositController {

    private final DepositService deposits;
    private final DepositCertificates facts;
    private final Certificates certificates;
    private final CurrentUsers users;

    DepositController(
            DepositService deposits, DepositCertificates facts, Certificates certificates, CurrentUsers users) {
        this.deposits = deposits;
        this.facts = facts;
        this.certificates = certificates;
        this.users = users;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Deposit> create(@Valid @RequestBody DepositRequest request) {
        return created(deposits.deposit(request, List.of(), depositor()));
    }

    /** Multipart: a JSON part "deposit" and any number of "attachments" files. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Deposit> createWithAttachments(
            @Valid @RequestPart("deposit") DepositRequest request,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> files) {
        List<Attachments.Upload> uploads = files == null
                ? List.of()
                : files.stream()
                        .map(f -> new Attachments.Upload(f.getOriginalFilename(), f.getContentType(), f))
                        .toList();
        return created(deposits.deposit(request, uploads, depositor()));
    }

    @GetMapping
    List<Deposit> list(@ParameterObject @PageableDefault(size = 50) Pageable page) {
        return deposits.list(page);
    }

    @GetMapping("/{id}")
    Deposit get(@PathVariable UUID id) {
        return find(id);
    }

    /**
     * The canonical content, exactly the bytes the digest covers. Sealed content only for the
     * depositor's organisation; every read of sealed content is audited.
     */
    @GetMapping(value = "/{id}/content", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] content(@PathVariable UUID id) {
        return deposits.readContent(find(id));
    }

    @GetMapping(value = "/{id}/certificate.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> certificateJson(@PathVariable UUID id) {
        return certificate(id, Certificates.Format.JSON, MediaType.APPLICATION_JSON, ".json");
    }

    @GetMapping("/{id}/certificate.p7s")
    ResponseEntity<byte[]> certificateSignature(@PathVariable UUID id) {
        return certificate(
                id, Certificates.Format.P7S, MediaType.parseMediaType("application/pkcs7-signature"), ".json.p7s");
    }

    @GetMapping("/{id}/certificate.tsr")
    ResponseEntity<byte[]> certificateTimestamp(@PathVariable UUID id) {
        return certificate(
                id, Certificates.Format.TSR, MediaType.parseMediaType("application/timestamp-reply"), ".tsr");
    }

    @GetMapping("/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificatePdf(@PathVariable UUID id) {
        return certificate(id, Certificates.Format.PDF, MediaType.APPLICATION_PDF, ".pdf");
    }

    /** The public verify page's data: the registry re-checks the deposit's token, content digest and log proof. */
    @GetMapping("/{id}/verification")
    DepositVerification verification(@PathVariable UUID id) {
        return deposits.verification(find(id));
    }

    /** The deposit's certificate in one form, as a download; each issue is audited (evidence.CertificateIssued). */
    private ResponseEntity<byte[]> certificate(UUID id, Certificates.Format format, MediaType type, String suffix) {
        byte[] body = certificates.issue(facts.facts(find(id)), format);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + suffix + "\"")
                .body(body);
    }

    private Deposit find(UUID id) {
        return deposits.find(id).orElseThrow(() -> new NotFound("deposit " + id));
    }

    /** Who deposits: the access rules let only breeders through. */
    private CurrentUser depositor() {
        return users.require();
    }

    private static ResponseEntity<Deposit> created(Deposit d) {
        return ResponseEntity.created(URI.create("/api/v1/deposits/" + d.id())).body(d);
    }
}
