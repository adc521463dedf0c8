package org.seedprint.registry.deposits;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.accounts.Role;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.evidence.Certificates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/deposits")
class DepositController {

    private final DepositService deposits;
    private final DepositCertificates facts;
    private final Certificates certificates;
    private final CurrentUsers users;
    private final AuditTrail audit;

    DepositController(
            DepositService deposits,
            DepositCertificates facts,
            Certificates certificates,
            CurrentUsers users,
            AuditTrail audit) {
        this.audit = audit;
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
    List<Deposit> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new BadDepositException("page must be >= 0 and size between 1 and 500");
        }
        return deposits.list(page, size);
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
        return file(certificates.json(facts.facts(issued(id, "json"))), MediaType.APPLICATION_JSON, id + ".json");
    }

    @GetMapping("/{id}/certificate.p7s")
    ResponseEntity<byte[]> certificateSignature(@PathVariable UUID id) {
        return file(
                certificates.signature(facts.facts(issued(id, "p7s"))),
                MediaType.parseMediaType("application/pkcs7-signature"),
                id + ".json.p7s");
    }

    @GetMapping("/{id}/certificate.tsr")
    ResponseEntity<byte[]> certificateTimestamp(@PathVariable UUID id) {
        issued(id, "tsr");
        return file(deposits.timestamp(id), MediaType.parseMediaType("application/timestamp-reply"), id + ".tsr");
    }

    @GetMapping("/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificatePdf(@PathVariable UUID id) {
        return file(certificates.pdf(facts.facts(issued(id, "pdf"))), MediaType.APPLICATION_PDF, id + ".pdf");
    }

    /** The public verify page's data: the registry re-checks the deposit's token, content digest and log proof. */
    @GetMapping("/{id}/verification")
    Map<String, Object> verification(@PathVariable UUID id) {
        return deposits.verification(find(id));
    }

    /** The deposit whose certificate is issued, with the issue in the audit trail. */
    private Deposit issued(UUID id, String format) {
        Deposit d = find(id);
        audit.record(new AuditEntry(
                AuditActions.CERTIFICATE_ISSUE,
                AuditActions.depositSubject(id),
                d.organisationId(),
                AuditOutcome.SUCCESS,
                "certificate." + format));
        return d;
    }

    private Deposit find(UUID id) {
        return deposits.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no deposit " + id));
    }

    private CurrentUser depositor() {
        CurrentUser user = users.current()
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.UNAUTHORIZED, "depositing needs a signed-in breeder"));
        if (!user.has(Role.BREEDER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only breeders deposit material");
        }
        return user;
    }

    private static ResponseEntity<Deposit> created(Deposit d) {
        return ResponseEntity.created(java.net.URI.create("/api/v1/deposits/" + d.id()))
                .body(d);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
