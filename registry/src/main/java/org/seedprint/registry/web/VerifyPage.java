package org.seedprint.registry.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.deposits.DepositVerification;
import org.seedprint.registry.evidence.Verification;
import org.seedprint.registry.evidence.Verifier;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.reports.ComparisonReports;
import org.seedprint.registry.reports.ReportVerification;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verify page, where certificates' QR codes lead: a deposit or a comparison report
 * re-checked by its id, or an
 * uploaded certificate (PDF, JSON with its .p7s, .tsr with its data) checked offline.
 */
@Controller
class VerifyPage {

    private final DepositService deposits;
    private final Verifier verifier;
    private final CropNames crops;
    private final ComparisonReports reports;

    VerifyPage(DepositService deposits, Verifier verifier, CropNames crops, ComparisonReports reports) {
        this.reports = reports;
        this.deposits = deposits;
        this.verifier = verifier;
        this.crops = crops;
    }

    /** What the page shows: valid or not, why, and the facts checked. */
    public record Outcome(boolean valid, String what, String reason, Map<String, Object> details) {}

    @GetMapping("/verify")
    String byDeposit(
            @RequestParam(required = false) String deposit,
            @RequestParam(required = false) String report,
            Model model) {
        model.addAttribute("deposit", deposit == null ? "" : deposit.trim());
        if ((deposit == null || deposit.isBlank()) && report != null && !report.isBlank()) {
            return byReport(report.trim(), model);
        }
        if (deposit == null || deposit.isBlank()) return "verify";
        Optional<Deposit> d = parse(deposit.trim()).flatMap(deposits::find);
        if (d.isEmpty()) {
            model.addAttribute(
                    "outcome",
                    new Outcome(
                            false,
                            "deposit " + deposit.trim(),
                            "no deposit with this id in the registry / 登记簿中无此保藏编号",
                            Map.of()));
            return "verify";
        }
        DepositVerification v = deposits.verification(d.get());
        Map<String, Object> checked = new LinkedHashMap<>();
        checked.put("id", v.id());
        checked.put("sha256", v.sha256());
        checked.put("depositedAt", v.depositedAt());
        checked.put("logIndex", v.logIndex());
        if (v.timestamp() != null) checked.put("timestamp", v.timestamp());
        if (v.checkpoint() != null) checked.put("checkpoint", v.checkpoint());
        boolean valid = v.valid();
        String reason = v.reason();
        checked.put("depositor", d.get().depositor());
        checked.put("crop", crops.of(d.get().crop()));
        checked.put("visibility", d.get().visibility());
        model.addAttribute("outcome", new Outcome(valid, "deposit " + d.get().id(), reason, checked));
        return "verify";
    }

    /** A report's QR code: its time-stamp, digest and log entry re-checked; never its content. */
    private String byReport(String report, Model model) {
        Optional<UUID> id = parse(report);
        ReportVerification v;
        try {
            v = reports.verification(id.orElseThrow(() -> new NotFound("report " + report)));
        } catch (NotFound e) {
            model.addAttribute(
                    "outcome",
                    new Outcome(
                            false,
                            "report " + report,
                            "no comparison report with this id in the registry / 登记簿中无此比对报告编号",
                            Map.of()));
            return "verify";
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        checked.put("id", v.id());
        checked.put("sha256", v.sha256());
        checked.put("issuedAt", v.issuedAt());
        checked.put("logIndex", v.logIndex());
        if (v.timestamp() != null) checked.put("timestamp", v.timestamp());
        if (v.checkpoint() != null) checked.put("checkpoint", v.checkpoint());
        model.addAttribute("outcome", new Outcome(v.valid(), "比对报告 comparison report " + v.id(), v.reason(), checked));
        return "verify";
    }

    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "companion", required = false) MultipartFile companion,
            Model model)
            throws IOException {
        model.addAttribute("deposit", "");
        if (file.isEmpty()) {
            model.addAttribute(
                    "outcome", new Outcome(false, "upload", "choose a certificate file / 请选择证书文件", Map.of()));
            return "verify";
        }
        Verification v = verifier.verify(
                file.getBytes(), companion == null || companion.isEmpty() ? null : companion.getBytes());
        model.addAttribute(
                "outcome",
                new Outcome(v.valid(), file.getOriginalFilename() + " (" + v.kind() + ")", v.reason(), v.details()));
        return "verify";
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
