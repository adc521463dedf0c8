package org.seedprint.registry.web.admin;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditCheck;
import org.seedprint.registry.audit.AuditEvents;
import org.seedprint.registry.deposits.EvidenceAudit;
import org.seedprint.registry.deposits.MasterKeyStatus;
import org.seedprint.registry.evidence.EvidenceKeys;
import org.seedprint.registry.evidence.TransparencyLog;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.CropService;
import org.seedprint.registry.web.Bilingual;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Crops and their thresholds (with the audit of their changes) and marker panels; organisations,
 * users and the evidence keys; the audit-chain check and the evidence audit, run on demand.
 */
@Controller
class AdminPages {

    private final CropService crops;
    private final ProfileService profiles;
    private final AuditEvents audit;
    private final Accounts accounts;
    private final OrganisationService organisations;
    private final EvidenceKeys keys;
    private final TransparencyLog log;
    private final AuditCheck auditCheck;
    private final EvidenceAudit evidenceAudit;
    private final MasterKeyStatus masterKeys;

    AdminPages(
            CropService crops,
            ProfileService profiles,
            AuditEvents audit,
            Accounts accounts,
            OrganisationService organisations,
            EvidenceKeys keys,
            TransparencyLog log,
            AuditCheck auditCheck,
            EvidenceAudit evidenceAudit,
            MasterKeyStatus masterKeys) {
        this.crops = crops;
        this.profiles = profiles;
        this.audit = audit;
        this.accounts = accounts;
        this.organisations = organisations;
        this.keys = keys;
        this.log = log;
        this.auditCheck = auditCheck;
        this.evidenceAudit = evidenceAudit;
        this.masterKeys = masterKeys;
    }

    @GetMapping("/admin/crops")
    String crops(Model model) {
        return crops(model, null);
    }

    @PostMapping("/admin/crops/{code}")
    String thresholds(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String maxDifferingIndistinct,
            @RequestParam(defaultValue = "") String edvSimilarity,
            @RequestParam(defaultValue = "") String minComparedFraction,
            @RequestParam(required = false) @Nullable Long version,
            Model model) {
        try {
            // CropService audits the change with its old and new thresholds
            crops.setThresholds(
                    code,
                    version,
                    integer("maxDifferingIndistinct", maxDifferingIndistinct),
                    decimal("edvSimilarity", edvSimilarity),
                    decimal("minComparedFraction", minComparedFraction));
            return "redirect:/admin/crops?saved=" + code;
        } catch (DomainException e) {
            return crops(model, Bilingual.of(e));
        }
    }

    @GetMapping("/admin")
    String overview(Model model) {
        return overview(model, null);
    }

    @PostMapping("/admin/organisations")
    String createOrganisation(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String nameLatin,
            @RequestParam(defaultValue = "") String nameChinese,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String countryCode,
            Model model) {
        try {
            if (code.isBlank()) throw new Invalid("code", "code: required");
            if (nameLatin.isBlank()) throw new Invalid("nameLatin", "nameLatin: required");
            // Accounts audits the creation
            accounts.createOrganisation(
                    code.trim(),
                    nameLatin.trim(),
                    blankToNull(nameChinese),
                    enumValue("kind", kind, Organisation.Kind.class),
                    blankToNull(countryCode));
            return "redirect:/admin?created=" + code.trim();
        } catch (DomainException e) {
            return overview(model, Bilingual.of(e));
        }
    }

    @PostMapping("/admin/users")
    String createUser(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(required = false) @Nullable List<String> roles,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes next) {
        try {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            for (String r : roles == null ? List.<String>of() : roles) chosen.add(enumValue("roles", r, Role.class));
            Accounts.CreatedUser created =
                    accounts.createUser(username.trim(), organisation.trim(), chosen, blankToNull(password));
            // a generated password is shown once, on the page the redirect opens, and never stored in clear
            if (created.generatedPassword() != null)
                next.addFlashAttribute("generatedPassword", created.generatedPassword());
            return "redirect:/admin?created=" + created.user().username();
        } catch (DomainException e) {
            return overview(model, Bilingual.of(e));
        }
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam(defaultValue = "") String enabled, Model model) {
        try {
            if (!enabled.equals("true") && !enabled.equals("false"))
                throw new Invalid("enabled", "enabled: true or false, not '" + enabled + "'");
            // Accounts audits it; a disabled user's open sessions end at their next request
            accounts.setEnabled(username, Boolean.parseBoolean(enabled));
            return "redirect:/admin?" + (enabled.equals("true") ? "enabled=" : "disabled=") + username;
        } catch (DomainException e) {
            return overview(model, Bilingual.of(e));
        }
    }

    private String overview(Model model, @Nullable String error) {
        model.addAttribute("error", error);
        model.addAttribute("kinds", Organisation.Kind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("masterKey", masterKeys.read());
        model.addAttribute(
                "organisations",
                organisations.list(PageRequest.of(0, 200, Sort.by("code"))).getContent());
        model.addAttribute("users", accounts.list());
        Map<String, String> fingerprints = new LinkedHashMap<>();
        fingerprints.put("根证书 Root CA", fingerprint(keys.rootCertificate()));
        fingerprints.put("时间戳 TSA", fingerprint(keys.tsa().certificate()));
        fingerprints.put("证书签名 Certificate signer", fingerprint(keys.signer().certificate()));
        model.addAttribute("fingerprints", fingerprints);
        model.addAttribute("rootExpires", keys.rootCertificate().getNotAfter().toInstant());
        model.addAttribute("logKey", log.verifierKey().verifierKey());
        model.addAttribute(
                "checkpoint", log.latest().map(c -> c.checkpoint().size()).orElse(0L));
        return "admin/overview";
    }

    @GetMapping("/admin/checks")
    String checks(Model model) {
        model.addAttribute("chain", auditCheck.verify());
        model.addAttribute("evidence", evidenceAudit.run());
        return overview(model, null);
    }

    private String crops(Model model, @Nullable String error) {
        model.addAttribute(
                "crops", crops.list(PageRequest.of(0, 200, Sort.by("upovCode"))).getContent());
        model.addAttribute(
                "panels",
                profiles.panels(PageRequest.of(0, 200, Sort.by("cropCode", "name", "panelVersion")))
                        .getContent());
        model.addAttribute(
                "changes",
                audit.search(
                                new AuditEvents.Query(null, null, AuditActions.THRESHOLD_CHANGE, null, null),
                                PageRequest.of(0, 50))
                        .events());
        model.addAttribute("error", error);
        return "admin/crops";
    }

    private static int integer(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(field, field + ": '" + value + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(String field, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(field, field + ": '" + value + "' is not a number");
        }
    }

    /** SHA-256 of the DER certificate, as {@code openssl x509 -fingerprint -sha256} prints it. */
    private static String fingerprint(X509Certificate cert) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("fingerprint of " + cert.getSubjectX500Principal(), e);
        }
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.trim();
    }

    private static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, field + ": unknown value '" + value + "'");
        }
    }
}
