package org.seedprint.registry.web.court;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.audit.AuditEvent;
import org.seedprint.registry.audit.AuditEvents;
import org.seedprint.registry.cases.CaseGrants;
import org.seedprint.registry.cases.CaseView;
import org.seedprint.registry.cases.CourtCases;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.reports.CourtComparisons;
import org.seedprint.registry.varieties.VarietyService;
import org.seedprint.registry.web.Bilingual;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * My court's cases: open one, attach deposits and varieties, record an order (the uploaded order
 * document's SHA-256 is kept with the grant's reference), see grants in force and revoked, read the
 * case's audit trail.
 */
@Controller
class CasePages {

    private final CourtCases cases;
    private final CaseGrants grants;
    private final DepositService deposits;
    private final VarietyService varieties;
    private final AuditEvents audit;
    private final CourtComparisons comparisons;

    CasePages(
            CourtCases cases,
            CaseGrants grants,
            DepositService deposits,
            VarietyService varieties,
            AuditEvents audit,
            CourtComparisons comparisons) {
        this.comparisons = comparisons;
        this.cases = cases;
        this.grants = grants;
        this.deposits = deposits;
        this.varieties = varieties;
        this.audit = audit;
    }

    @GetMapping("/court/cases")
    String list(Model model) {
        return list(model, null);
    }

    @PostMapping("/court/cases")
    String open(
            @RequestParam(defaultValue = "") String courtName,
            @RequestParam(defaultValue = "") String caseNumber,
            @RequestParam(defaultValue = "") String parties,
            Model model) {
        try {
            if (courtName.isBlank()) throw new Invalid("courtName", "courtName: name the court");
            if (caseNumber.isBlank()) throw new Invalid("caseNumber", "caseNumber: the court's case number");
            CaseView c = cases.open(courtName.strip(), caseNumber.strip(), parties.strip());
            return "redirect:/court/cases/" + c.id();
        } catch (DomainException e) {
            return list(model, Bilingual.of(e));
        }
    }

    @GetMapping("/court/cases/{id}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, null);
    }

    @PostMapping("/court/cases/{id}/deposits")
    String attachDeposit(@PathVariable long id, @RequestParam(defaultValue = "") String depositId, Model model) {
        try {
            cases.attachDeposit(id, uuid(depositId));
            return "redirect:/court/cases/" + id;
        } catch (DomainException e) {
            return show(id, model, Bilingual.of(e));
        }
    }

    @PostMapping("/court/cases/{id}/varieties")
    String attachVariety(@PathVariable long id, @RequestParam(defaultValue = "") String varietyId, Model model) {
        try {
            long v;
            try {
                v = Long.parseLong(varietyId.strip());
            } catch (NumberFormatException e) {
                throw new Invalid("varietyId", "varietyId: '" + varietyId + "' is not a variety number");
            }
            cases.attachVariety(id, v);
            return "redirect:/court/cases/" + id;
        } catch (DomainException e) {
            return show(id, model, Bilingual.of(e));
        }
    }

    /** A court order: its reference and the SHA-256 of the uploaded order document, kept together as the grant's reference. */
    @PostMapping(path = "/court/cases/{id}/orders", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String recordOrder(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String depositId,
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(name = "document", required = false) @Nullable MultipartFile document,
            Model model)
            throws IOException {
        try {
            UUID deposit = uuid(depositId);
            if (reference.isBlank()) throw new Invalid("reference", "reference: a court order needs its reference");
            if (document == null || document.isEmpty()) {
                throw new Invalid("document", "document: upload the signed order (PDF)");
            }
            String recorded = reference.strip() + " · order document " + document.getOriginalFilename() + " sha256:"
                    + sha256(document);
            grants.grantByCourtOrder(id, deposit, recorded);
            return "redirect:/court/cases/" + id + "?ordered";
        } catch (DomainException e) {
            return show(id, model, Bilingual.of(e));
        }
    }

    @PostMapping("/court/cases/{id}/grants/{grant}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grant) {
        cases.find(id);
        grants.revoke(grant);
        return "redirect:/court/cases/" + id + "?revoked";
    }

    /** Every audit event of the case itself and of its deposits (grants, reads, certificates), newest first. */
    @GetMapping("/court/cases/{id}/audit")
    String audit(@PathVariable long id, Model model) {
        CaseView c = cases.find(id);
        List<String> subjects = new ArrayList<>();
        subjects.add("case:" + c.id());
        c.depositIds().forEach(d -> subjects.add("deposit:" + d));
        List<AuditEvent> events = subjects.stream()
                .flatMap(
                        s -> audit
                                .search(new AuditEvents.Query(s, null, null, null, null), PageRequest.of(0, 500))
                                .events()
                                .stream())
                .sorted(Comparator.comparingLong(AuditEvent::seq).reversed())
                .toList();
        model.addAttribute("c", c);
        model.addAttribute("events", events);
        return "court/audit";
    }

    private String list(Model model, @Nullable String error) {
        model.addAttribute("cases", cases.listOwn());
        model.addAttribute("error", error);
        return "court/cases";
    }

    private String show(long id, Model model, @Nullable String error) {
        CaseView c = cases.find(id);
        model.addAttribute("c", c);
        model.addAttribute(
                "deposits",
                c.depositIds().stream().flatMap(d -> deposits.find(d).stream()).toList());
        model.addAttribute("varieties", varieties.findAll(c.varietyIds()));
        model.addAttribute("grants", grants.forCase(id));
        model.addAttribute("reports", comparisons.ofCase(id));
        model.addAttribute("error", error);
        return "court/case";
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Invalid("depositId", "depositId: '" + value + "' is not a deposit id");
        }
    }

    private static String sha256(MultipartFile file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(file.getInputStream(), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
