package org.seedprint.registry.sharing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.evidence.Tools;
import org.seedprint.registry.evidence.Verifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Once both parties accepted, the agreement is an evidence document like a deposit: its token
 * verifies with openssl ts, its JSON certificate with openssl cms, its PDF with pdfsig; drafts
 * have no certificate, and an accepted agreement is amended only by a new one.
 */
@RegistryIntegrationTest
class AgreementCertificateTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Verifier verifier;

    @TempDir
    Path dir;

    @Test
    void anAcceptedAgreementsCertificateVerifiesWithOpensslAndPdfsig() throws Exception {
        SharingParties p = new SharingParties(mvc, accounts);
        long offer = p.offer(p.deposit("OPEN", "Cert" + p.suffix, "open"), "Cert line " + p.suffix, "\"RESEARCH\"");
        long request = p.send(
                        p.rival,
                        "/api/v1/sharing/offers/" + offer + "/requests",
                        "{\"intendedUse\":\"RESEARCH\",\"purpose\":\"trial\",\"sealedAccess\":false}",
                        201)
                .get("id")
                .asLong();
        String agreement = p.send(p.owner, "/api/v1/sharing/requests/" + request + "/approval", "{}", 200)
                .get("agreementId")
                .asString();
        String digest = p.read(p.owner, "/api/v1/sharing/agreements/" + agreement, 200)
                .get("termsSha256")
                .asString();
        String accept = "{\"termsSha256\":\"" + digest + "\"}";
        p.send(p.owner, "/api/v1/sharing/agreements/" + agreement + "/acceptance", accept, 200);
        JsonNode accepted = p.send(p.rival, "/api/v1/sharing/agreements/" + agreement + "/acceptance", accept, 200);
        String sha256 = accepted.get("sha256").asString();
        String base = "/api/v1/sharing/agreements/" + agreement;

        byte[] content = p.bytes(p.rival, base + "/document");
        assertThat(HexFormat.of().formatHex(EvidenceDocuments.sha256(content))).isEqualTo(sha256);
        assertThat(new String(content, UTF_8))
                .contains("\"termsSha256\":\"" + digest + "\"")
                .contains(p.ownerName)
                .contains(p.rivalName)
                .contains("derivedVariety");
        Path ca = write("ca.pem", p.bytes(p.owner, "/api/v1/evidence/ca.pem"));
        Path data = write("agreement.json", content);
        Path tsr = write("agreement.tsr", p.bytes(p.owner, base + "/certificate.tsr"));
        assertThat(Tools.run(
                                dir,
                                "openssl",
                                "ts",
                                "-verify",
                                "-data",
                                data.toString(),
                                "-in",
                                tsr.toString(),
                                "-CAfile",
                                ca.toString())
                        .output())
                .contains("Verification: OK");
        Path tampered = write("tampered.json", Tools.flip(content, content.length / 2));
        assertThat(Tools.run(
                                dir,
                                "openssl",
                                "ts",
                                "-verify",
                                "-data",
                                tampered.toString(),
                                "-in",
                                tsr.toString(),
                                "-CAfile",
                                ca.toString())
                        .ok())
                .isFalse();

        byte[] json = p.bytes(p.owner, base + "/certificate.json");
        Path j = write("cert.json", json);
        Path s = write("cert.p7s", p.bytes(p.owner, base + "/certificate.p7s"));
        var cms = Tools.run(
                dir,
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                s.toString(),
                "-content",
                j.toString(),
                "-CAfile",
                ca.toString(),
                "-purpose",
                "any",
                "-out",
                "/dev/null");
        assertThat(cms.output()).contains("Verification successful");
        assertThat(new String(json, UTF_8))
                .contains("\"kind\":\"agreement\"")
                .contains("agreement " + agreement + " sha256:" + sha256);
        Path bad = write("bad.json", Tools.flip(json, json.length / 3));
        assertThat(Tools.run(
                                dir,
                                "openssl",
                                "cms",
                                "-verify",
                                "-binary",
                                "-inform",
                                "DER",
                                "-in",
                                s.toString(),
                                "-content",
                                bad.toString(),
                                "-CAfile",
                                ca.toString(),
                                "-purpose",
                                "any",
                                "-out",
                                "/dev/null")
                        .ok())
                .isFalse();

        byte[] pdf = p.bytes(p.rival, base + "/certificate.pdf");
        Path pdfFile = write("agreement.pdf", pdf);
        Path nss = Tools.nssDb(dir, ca);
        assertThat(Tools.run(dir, "pdfsig", "-nssdir", "sql:" + nss, pdfFile.toString())
                        .output())
                .contains("Signature is Valid.")
                .contains("Certificate is Trusted.");
        assertThat(Tools.run(dir, "pdftotext", pdfFile.toString(), "-").output())
                .contains("转让协议证书")
                .contains("Material Transfer Agreement Certificate")
                .contains(sha256);
        assertThat(verifier.verify(pdf, null).valid()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'agreement.certificate-issue' AND subject = ?",
                        Long.class,
                        "agreement:" + agreement))
                .isEqualTo(4);
        assertThat(p.read(p.examiner, base + "/verification", 200).get("valid").asBoolean())
                .isTrue();
        // only the parties get the certificate
        p.read(p.stranger, base + "/certificate.pdf", 404);

        // immutable: an accepted agreement is not accepted again; an amendment is a new draft naming it
        p.send(p.owner, base + "/acceptance", accept, 409);
        JsonNode amendment = p.send(
                p.owner,
                base + "/amendments",
                "{\"permittedUse\":\"BREEDING\",\"terms\":{\"derivedVarietyPercent\":7.5,\"durationMonths\":24}}",
                201);
        assertThat(amendment.get("amends").asString()).isEqualTo(agreement);
        assertThat(amendment.get("state").asString()).isEqualTo("DRAFT");
        assertThat(amendment.at("/terms/amends").asString()).isEqualTo(agreement);
        assertThat(p.read(p.owner, base, 200).get("sha256").asString()).isEqualTo(sha256);
        assertThat(HexFormat.of().formatHex(EvidenceDocuments.sha256(p.bytes(p.owner, base + "/document"))))
                .isEqualTo(sha256);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
