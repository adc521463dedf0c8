package org.seedprint.registry.sharing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.evidence.Certificates;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.search.MaterialCatalogue;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The benefit-sharing API: catalogue and offers, access requests, agreements and their certificates. */
@RestController
@RequestMapping("/api/v1/sharing")
class SharingController {

    record Note(@Nullable @Size(max = 2000) String note) {}

    /** Named apart from AgreementView.Acceptance: the OpenAPI document names schemas by simple name. */
    record TermsAcceptance(@NotBlank @Size(max = 64) String termsSha256) {}

    record Settlement(@NotNull UUID agreementId) {}

    record Dispute(@Nullable @Size(max = 128) String caseReference) {}

    record Amendment(
            @NotNull SharingUse permittedUse,
            @NotNull @Valid OfferTerms terms) {}

    private final Offers offers;
    private final AccessRequests requests;
    private final Agreements agreements;
    private final AgreementCertificates certificates;
    private final Claims claims;
    private final Inbox inbox;

    SharingController(
            Offers offers,
            AccessRequests requests,
            Agreements agreements,
            AgreementCertificates certificates,
            Claims claims,
            Inbox inbox) {
        this.claims = claims;
        this.inbox = inbox;
        this.offers = offers;
        this.requests = requests;
        this.agreements = agreements;
        this.certificates = certificates;
    }

    /** The public catalogue: text in Chinese or Latin script, filters crop, use, owner (organisation id). */
    @GetMapping("/offers")
    PageResponse<OfferView> catalogue(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String crop,
            @RequestParam(required = false) @Nullable SharingUse use,
            @RequestParam(required = false) @Nullable Long owner,
            @PageableDefault(size = 50) Pageable page) {
        return offers.catalogue(q, new MaterialCatalogue.Filters(crop, use == null ? null : use.name(), owner), page);
    }

    @PostMapping("/offers")
    ResponseEntity<OfferView> offer(@Valid @RequestBody NewOffer o) {
        OfferView v = offers.offer(o);
        return ResponseEntity.created(URI.create("/api/v1/sharing/offers/" + v.id()))
                .body(v);
    }

    @GetMapping("/offers/{id}")
    OfferView offer(@PathVariable long id) {
        return offers.find(id);
    }

    @DeleteMapping("/offers/{id}")
    OfferView withdrawOffer(@PathVariable long id) {
        return offers.withdraw(id);
    }

    @PostMapping("/offers/{id}/requests")
    ResponseEntity<RequestView> request(@PathVariable long id, @Valid @RequestBody NewRequest r) {
        RequestView v = requests.request(id, r);
        return ResponseEntity.created(URI.create("/api/v1/sharing/requests/" + v.id()))
                .body(v);
    }

    /** The breeder's organisation's requests: {@code direction=incoming} (to answer) or {@code outgoing}. */
    @GetMapping("/requests")
    PageResponse<RequestView> requests(
            @RequestParam(defaultValue = "incoming") String direction,
            @RequestParam(required = false) @Nullable RequestState state,
            @PageableDefault(size = 50) Pageable page) {
        if (!direction.equals("incoming") && !direction.equals("outgoing")) {
            throw new Invalid("direction", "direction: incoming or outgoing");
        }
        return requests.list(direction.equals("incoming"), state, page);
    }

    @GetMapping("/requests/{id}")
    RequestView request(@PathVariable long id) {
        return requests.find(id);
    }

    @PostMapping("/requests/{id}/approval")
    RequestView approve(@PathVariable long id, @Valid @RequestBody Approval a) {
        return requests.approve(id, a);
    }

    @PostMapping("/requests/{id}/refusal")
    RequestView refuse(@PathVariable long id, @Valid @RequestBody Note n) {
        return requests.refuse(id, n.note());
    }

    @PostMapping("/requests/{id}/withdrawal")
    RequestView withdraw(@PathVariable long id, @Valid @RequestBody Note n) {
        return requests.withdraw(id, n.note());
    }

    @PostMapping("/requests/{id}/shipment")
    RequestView ship(@PathVariable long id, @Valid @RequestBody Shipment s) {
        return requests.fulfil(id, s);
    }

    @PostMapping("/requests/{id}/closure")
    RequestView close(@PathVariable long id, @Valid @RequestBody Note n) {
        return requests.close(id, n.note());
    }

    @GetMapping("/agreements")
    List<AgreementView> agreements() {
        return agreements.ofOwnOrganisation();
    }

    @GetMapping("/agreements/{id}")
    AgreementView agreement(@PathVariable UUID id) {
        return agreements.find(id);
    }

    /** Click-wrap: the party accepts the terms whose digest it names. */
    @PostMapping("/agreements/{id}/acceptance")
    AgreementView accept(@PathVariable UUID id, @Valid @RequestBody TermsAcceptance a) {
        return agreements.accept(id, a.termsSha256());
    }

    @PostMapping("/agreements/{id}/amendments")
    ResponseEntity<AgreementView> amend(@PathVariable UUID id, @Valid @RequestBody Amendment a) {
        AgreementView v = agreements.amend(id, a.permittedUse(), a.terms());
        return ResponseEntity.created(URI.create("/api/v1/sharing/agreements/" + v.id()))
                .body(v);
    }

    /** The issued agreement's canonical JSON: exactly the bytes its SHA-256 and time-stamp cover. */
    @GetMapping(value = "/agreements/{id}/document", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] document(@PathVariable UUID id) {
        return agreements.document(id);
    }

    @GetMapping("/agreements/{id}/verification")
    AgreementVerification verification(@PathVariable UUID id) {
        return agreements.verification(id);
    }

    /** The accepted agreement's certificate: {@code json}, {@code p7s}, {@code tsr} or {@code pdf}. */
    @GetMapping("/agreements/{id}/certificate.{format}")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id, @PathVariable String format) {
        Certificates.Format f = switch (format) {
            case "json" -> Certificates.Format.JSON;
            case "p7s" -> Certificates.Format.P7S;
            case "tsr" -> Certificates.Format.TSR;
            case "pdf" -> Certificates.Format.PDF;
            default -> throw new Invalid("format", "format: json, p7s, tsr or pdf");
        };
        MediaType type = switch (f) {
            case JSON -> MediaType.APPLICATION_JSON;
            case P7S -> MediaType.parseMediaType("application/pkcs7-signature");
            case TSR -> MediaType.parseMediaType("application/timestamp-reply");
            case PDF -> MediaType.APPLICATION_PDF;
        };
        String name = id + (f == Certificates.Format.P7S ? ".json.p7s" : "." + f.extension());
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agreement-" + name + "\"")
                .body(certificates.issue(id, f));
    }

    /** Claim notices for the organisation as owner ({@code side=owner}) or against its candidates ({@code applicant}). */
    @GetMapping("/claims")
    List<ClaimView> claims(@RequestParam(defaultValue = "owner") String side) {
        if (!side.equals("owner") && !side.equals("applicant")) throw new Invalid("side", "side: owner or applicant");
        return claims.list(side.equals("owner"));
    }

    @GetMapping("/claims/{id}")
    ClaimView claim(@PathVariable long id) {
        return claims.find(id);
    }

    @PostMapping("/claims/{id}/claim")
    ClaimView assertClaim(@PathVariable long id, @Valid @RequestBody Note n) {
        return claims.claim(id, n.note());
    }

    @PostMapping("/claims/{id}/dismissal")
    ClaimView dismiss(@PathVariable long id, @Valid @RequestBody Note n) {
        return claims.dismiss(id, n.note());
    }

    @PostMapping("/claims/{id}/settlement")
    ClaimView settle(@PathVariable long id, @Valid @RequestBody Settlement s) {
        return claims.settle(id, s.agreementId());
    }

    @PostMapping("/claims/{id}/dispute")
    ClaimView dispute(@PathVariable long id, @Valid @RequestBody Dispute d) {
        return claims.dispute(id, d.caseReference());
    }

    @GetMapping("/inbox")
    List<Inbox.Item> inbox() {
        return inbox.items();
    }

    @GetMapping("/report")
    Inbox.Report report() {
        return inbox.report();
    }

    @GetMapping(value = "/report.csv", produces = "text/csv")
    ResponseEntity<String> reportCsv() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sharing-report.csv\"")
                .body(inbox.csv());
    }
}
