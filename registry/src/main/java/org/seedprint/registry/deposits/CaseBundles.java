package org.seedprint.registry.deposits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.seedprint.registry.cases.CaseView;
import org.seedprint.registry.cases.CourtCases;
import org.seedprint.registry.evidence.Certificates;
import org.seedprint.registry.evidence.EvidenceKeys;
import org.seedprint.registry.evidence.TransparencyLog;
import org.seedprint.registry.evidence.WitnessProperties;
import org.springframework.stereotype.Service;

/**
 * A court case's evidence bundle: one zip with every deposit's certificate in all its forms, the
 * newest cosigned checkpoint, the log's and the witnesses' keys, the registry's CA and TSA
 * certificates and a README of the commands that check them offline. Only the case's own court
 * gets it ({@link CourtCases#find} answers another court's case as not found).
 */
@Service
class CaseBundles {

    private final CourtCases cases;
    private final DepositService deposits;
    private final DepositCertificates facts;
    private final Certificates certificates;
    private final TransparencyLog log;
    private final EvidenceKeys keys;
    private final WitnessProperties witnesses;

    CaseBundles(
            CourtCases cases,
            DepositService deposits,
            DepositCertificates facts,
            Certificates certificates,
            TransparencyLog log,
            EvidenceKeys keys,
            WitnessProperties witnesses) {
        this.cases = cases;
        this.deposits = deposits;
        this.facts = facts;
        this.certificates = certificates;
        this.log = log;
        this.keys = keys;
        this.witnesses = witnesses;
    }

    byte[] bundle(long caseId) {
        CaseView c = cases.find(caseId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> missing = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (UUID id : c.depositIds()) {
                Deposit d = deposits.find(id).orElse(null);
                if (d == null) {
                    missing.add(id.toString());
                    continue;
                }
                var f = facts.facts(d);
                for (Certificates.Format format : Certificates.Format.values()) {
                    put(zip, "deposits/" + id + "/certificate" + suffix(format), certificates.issue(f, format));
                }
            }
            put(
                    zip,
                    "checkpoint.txt",
                    log.latest().map(cp -> cp.note()).orElse("").getBytes(StandardCharsets.UTF_8));
            put(zip, "log-key.txt", (log.verifierKey().verifierKey() + "\n").getBytes(StandardCharsets.US_ASCII));
            StringBuilder w = new StringBuilder();
            witnesses
                    .witnesses()
                    .forEach(e -> w.append(e.key()).append("  ").append(e.url()).append('\n'));
            put(zip, "witness-keys.txt", w.toString().getBytes(StandardCharsets.UTF_8));
            put(zip, "ca.pem", EvidenceKeys.pem(keys.rootCertificate()).getBytes(StandardCharsets.US_ASCII));
            put(zip, "tsa.pem", EvidenceKeys.pem(keys.tsa().certificate()).getBytes(StandardCharsets.US_ASCII));
            put(
                    zip,
                    "README.txt",
                    CaseBundleReadme.text(c, missing, EvidenceKeys.fingerprint(keys.rootCertificate()))
                            .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("evidence bundle of case " + caseId, e);
        }
        return bytes.toByteArray();
    }

    private static String suffix(Certificates.Format format) {
        return switch (format) {
            case JSON -> ".json";
            case P7S -> ".json.p7s";
            case TSR -> ".tsr";
            case PDF -> ".pdf";
        };
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
