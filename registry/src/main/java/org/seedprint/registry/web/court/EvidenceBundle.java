package org.seedprint.registry.web.court;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.seedprint.registry.cases.CaseGrants;
import org.seedprint.registry.cases.CaseView;
import org.seedprint.registry.cases.CourtCases;
import org.seedprint.registry.cases.Grant;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.deposits.DepositCertificateFiles;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.evidence.Certificates;
import org.seedprint.registry.evidence.EvidenceKeys;
import org.seedprint.registry.evidence.SignedCheckpoint;
import org.seedprint.registry.evidence.TransparencyLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A case's evidence bundle, one zip for the court file: per deposit its certificates (PDF, JSON with
 * its .p7s, the RFC 3161 time-stamp) and its inclusion proof in the newest checkpoint; the
 * checkpoint, the log key, the root CA certificate, the grants, and a README with the commands that
 * verify each file offline (docs/verification.md). Sealed content is not in it.
 */
@Controller
class EvidenceBundle {

    private final CourtCases cases;
    private final CaseGrants grants;
    private final DepositService deposits;
    private final DepositCertificateFiles certificates;
    private final TransparencyLog log;
    private final EvidenceKeys keys;

    EvidenceBundle(
            CourtCases cases,
            CaseGrants grants,
            DepositService deposits,
            DepositCertificateFiles certificates,
            TransparencyLog log,
            EvidenceKeys keys) {
        this.cases = cases;
        this.grants = grants;
        this.deposits = deposits;
        this.certificates = certificates;
        this.log = log;
        this.keys = keys;
    }

    @GetMapping("/court/cases/{id}/bundle.zip")
    ResponseEntity<byte[]> bundle(@PathVariable long id) throws IOException {
        CaseView c = cases.find(id);
        List<Deposit> attached =
                c.depositIds().stream().flatMap(d -> deposits.find(d).stream()).toList();
        SignedCheckpoint checkpoint = log.latest().orElse(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "README.txt", readme(c, attached).getBytes(StandardCharsets.UTF_8));
            put(zip, "ca.pem", EvidenceKeys.pem(keys.rootCertificate()).getBytes(StandardCharsets.US_ASCII));
            put(zip, "log.key", (log.verifierKey().verifierKey() + "\n").getBytes(StandardCharsets.US_ASCII));
            if (checkpoint != null) put(zip, "checkpoint.txt", checkpoint.note().getBytes(StandardCharsets.UTF_8));
            put(zip, "grants.txt", grants(grants.forCase(id)).getBytes(StandardCharsets.UTF_8));
            for (Deposit d : attached) {
                String dir = d.id() + "/";
                put(zip, dir + "cert.pdf", certificates.issue(d, Certificates.Format.PDF));
                put(zip, dir + "cert.json", certificates.issue(d, Certificates.Format.JSON));
                put(zip, dir + "cert.json.p7s", certificates.issue(d, Certificates.Format.P7S));
                put(zip, dir + "deposit.tsr", certificates.issue(d, Certificates.Format.TSR));
                if (checkpoint != null) {
                    put(zip, dir + "inclusion-proof.txt", proof(d, checkpoint).getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + c.id() + "-evidence.zip\"")
                .body(bytes.toByteArray());
    }

    private String proof(Deposit d, SignedCheckpoint checkpoint) {
        long size = checkpoint.checkpoint().size();
        StringBuilder out = new StringBuilder();
        out.append("deposit ").append(d.id()).append('\n');
        out.append("index ").append(d.logIndex()).append('\n');
        out.append("treeSize ").append(size).append('\n');
        out.append("leafHash ").append(b64(log.leafHash(d.logIndex()))).append('\n');
        for (byte[] h : log.inclusionProof(d.logIndex(), size))
            out.append("proof ").append(b64(h)).append('\n');
        return out.toString();
    }

    private static String grants(List<Grant> list) {
        StringBuilder out = new StringBuilder();
        for (Grant g : list) {
            out.append("grant ")
                    .append(g.id())
                    .append(' ')
                    .append(g.basis())
                    .append(" deposit ")
                    .append(g.depositId());
            if (g.reference() != null) out.append(" reference ").append(g.reference());
            out.append(" granted ").append(g.grantedAt()).append(" by ").append(g.grantedBy());
            if (g.revokedAt() != null)
                out.append(" revoked ").append(g.revokedAt()).append(" by ").append(g.revokedBy());
            out.append('\n');
        }
        return out.toString();
    }

    private static String readme(CaseView c, List<Deposit> attached) {
        StringBuilder out = new StringBuilder();
        out.append("SeedPrint evidence bundle of case ")
                .append(c.caseNumber())
                .append(" (")
                .append(c.courtName())
                .append(")\n\n");
        out.append("ca.pem           the registry's root CA certificate; check its fingerprint out of band:\n");
        out.append("                 openssl x509 -in ca.pem -noout -fingerprint -sha256\n");
        out.append("checkpoint.txt   the newest signed checkpoint of the transparency log (C2SP signed note)\n");
        out.append("log.key          the log's note verifier key\n");
        out.append(
                "grants.txt       the case's grants (consent, court orders with their order document's SHA-256)\n\n");
        out.append("Per deposit, in its directory (sealed content is not included):\n\n");
        out.append("  openssl ts -verify -digest <sha256 in cert.json> -in deposit.tsr -CAfile ../ca.pem\n");
        out.append("  openssl cms -verify -binary -inform DER -in cert.json.p7s -content cert.json \\\n");
        out.append("      -CAfile ../ca.pem -purpose any -out /dev/null\n");
        out.append("  mkdir nss && certutil -N -d sql:nss --empty-password\n");
        out.append(
                "  certutil -A -d sql:nss -n seedprint-root -t \",C,\" -i ../ca.pem && pdfsig -nssdir sql:nss cert.pdf\n");
        out.append(
                "  inclusion-proof.txt: the leaf's RFC 6962 audit path to the checkpoint's root (docs/verification.md)\n\n");
        for (Deposit d : attached) {
            out.append(d.id())
                    .append("  sha256:")
                    .append(d.sha256())
                    .append("  log index ")
                    .append(d.logIndex());
            out.append('\n');
        }
        return out.toString();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static String b64(byte[] h) {
        return Base64.getEncoder().encodeToString(h);
    }
}
