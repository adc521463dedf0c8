package org.seedprint.registry.deposits;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.evidence.Tools;
import org.seedprint.registry.evidence.Verifier;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every certificate form of a real deposit, checked with the tools a court uses (openssl ts,
 * openssl cms, pdfsig with an NSS trust store) and with our verifier; a flipped byte fails both.
 */
@RegistryIntegrationTest
class CertificateToolsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final org.springframework.test.web.servlet.request.RequestPostProcessor BREEDER =
            user("breeder-tools").roles("BREEDER");

    @Autowired
    MockMvc mvc;

    @Autowired
    Verifier verifier;

    @Autowired
    DepositService deposits;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @TempDir
    Path dir;

    String id;
    String sha256;
    Path ca;

    @BeforeEach
    void deposit() throws Exception {
        var tsv = new org.springframework.core.io.ByteArrayResource(
                "sample\tlocus\talleles\tdepths\nHN1\tMNP001\tACGT/ACGA\t12/9\n".getBytes(UTF_8));
        Deposit d = deposits.deposit(
                JSON.readValue(
                        DepositFixtures.json("OPEN", "Tools", "open deposit for the tools"), DepositRequest.class),
                java.util.List.of(new Attachments.Upload("genotypes.tsv", "text/tab-separated-values", tsv)),
                new CurrentUser("breeder-tools", null, java.util.Set.of(Role.BREEDER)));
        id = d.id().toString();
        sha256 = d.sha256();
        ca = write("ca.pem", fetch("/api/v1/evidence/ca.pem"));
    }

    @Test
    void contentIsExactlyWhatTheDigestAndTheTimestampCover() throws Exception {
        byte[] content = fetch("/api/v1/deposits/" + id + "/content");
        assertThat(HexFormat.of().formatHex(DepositService.sha256(content))).isEqualTo(sha256);
        assertThat(new String(content, UTF_8))
                .contains("\"sha256\":\"")
                .contains("genotypes.tsv")
                .contains("丹霞红梨");
        Path data = write("content.json", content);
        Path tsr = write("d.tsr", fetch("/api/v1/deposits/" + id + "/certificate.tsr"));

        var ok = Tools.run(
                dir,
                "openssl",
                "ts",
                "-verify",
                "-data",
                data.toString(),
                "-in",
                tsr.toString(),
                "-CAfile",
                ca.toString());
        assertThat(ok.output()).contains("Verification: OK");
        var byDigest = Tools.run(
                dir, "openssl", "ts", "-verify", "-digest", sha256, "-in", tsr.toString(), "-CAfile", ca.toString());
        assertThat(byDigest.output()).contains("Verification: OK");
        assertThat(verifier.verify(Files.readAllBytes(tsr), content).valid()).isTrue();

        for (int pos : new int[] {0, content.length / 2, content.length - 1}) {
            Path bad = write("bad-data.json", Tools.flip(content, pos));
            var r = Tools.run(
                    dir,
                    "openssl",
                    "ts",
                    "-verify",
                    "-data",
                    bad.toString(),
                    "-in",
                    tsr.toString(),
                    "-CAfile",
                    ca.toString());
            assertThat(r.ok()).as("openssl ts with data flipped at %d", pos).isFalse();
            assertThat(verifier.verify(Files.readAllBytes(tsr), Files.readAllBytes(bad))
                            .valid())
                    .isFalse();
        }
        byte[] token = Files.readAllBytes(tsr);
        for (int pos = 0; pos < token.length; pos++) {
            var v = verifier.verify(Tools.flip(token, pos), content);
            assertThat(v.valid())
                    .as(
                            "our verifier with the token flipped at %d: %s %s",
                            pos, HexFormat.of().formatHex(java.util.Arrays.copyOf(token, 40)), v.reason())
                    .isFalse();
        }
        for (int pos : new int[] {0, 20, token.length / 3, token.length / 2, token.length - 10}) {
            Path bad = write("bad.tsr", Tools.flip(token, pos));
            var r = Tools.run(
                    dir,
                    "openssl",
                    "ts",
                    "-verify",
                    "-data",
                    data.toString(),
                    "-in",
                    bad.toString(),
                    "-CAfile",
                    ca.toString());
            assertThat(r.output())
                    .as("openssl ts with the token flipped at %d", pos)
                    .doesNotContain("Verification: OK");
        }
    }

    /**
     * The certificates a token and a signature depend on outlive the variety right: openssl
     * verifies them at a 2032 date (the old certificates ended 2031-12-01) and 26 years on.
     */
    @Test
    void timestampAndSignatureVerifyWithOpensslIn2032AndAfter26Years() throws Exception {
        Path data = write("content.json", fetch("/api/v1/deposits/" + id + "/content"));
        Path tsr = write("d.tsr", fetch("/api/v1/deposits/" + id + "/certificate.tsr"));
        Path j = write("cert.json", fetch("/api/v1/deposits/" + id + "/certificate.json"));
        Path s = write("cert.p7s", fetch("/api/v1/deposits/" + id + "/certificate.p7s"));
        long in2032 = java.time.Instant.parse("2032-06-01T00:00:00Z").getEpochSecond();
        long after26Years = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
                .plusYears(26)
                .toEpochSecond();
        for (long at : new long[] {in2032, after26Years}) {
            // (temporary directories have no spaces)
            var ts = Tools.run(
                    dir,
                    ("openssl ts -verify -attime " + at + " -data " + data + " -in " + tsr + " -CAfile " + ca)
                            .split(" "));
            assertThat(ts.output()).as("openssl ts -attime %d", at).contains("Verification: OK");
            var cms = Tools.run(
                    dir,
                    ("openssl cms -verify -attime " + at + " -binary -inform DER -in " + s + " -content " + j
                                    + " -CAfile " + ca + " -purpose any -out /dev/null")
                            .split(" "));
            assertThat(cms.output()).as("openssl cms -attime %d", at).contains("Verification successful");
        }
    }

    @Test
    void jsonCertificateVerifiesWithOpensslCmsAndAnyFlippedByteFails() throws Exception {
        byte[] json = fetch("/api/v1/deposits/" + id + "/certificate.json");
        byte[] p7s = fetch("/api/v1/deposits/" + id + "/certificate.p7s");
        Path j = write("cert.json", json);
        Path s = write("cert.p7s", p7s);
        var ok = cms(s, j);
        assertThat(ok.output()).contains("Verification successful");
        assertThat(ok.ok()).isTrue();
        var v = verifier.verify(json, p7s);
        assertThat(v.valid()).as(v.reason()).isTrue();
        assertThat(v.details()).containsEntry("sha256", sha256);

        for (int pos = 0; pos < json.length; pos++) {
            assertThat(verifier.verify(Tools.flip(json, pos), p7s).valid())
                    .as("JSON flipped at %d", pos)
                    .isFalse();
        }
        for (int pos = 0; pos < p7s.length; pos++) {
            assertThat(verifier.verify(json, Tools.flip(p7s, pos)).valid())
                    .as(
                            ".p7s flipped at %d: %s",
                            pos,
                            HexFormat.of()
                                    .formatHex(java.util.Arrays.copyOfRange(
                                            p7s, Math.max(0, pos - 30), Math.min(p7s.length, pos + 10))))
                    .isFalse();
        }
        for (int pos : new int[] {0, json.length / 4, json.length / 2, json.length - 1}) {
            var r = cms(s, write("bad.json", Tools.flip(json, pos)));
            assertThat(r.ok()).as("openssl cms with JSON flipped at %d", pos).isFalse();
        }
    }

    @Test
    void pdfCertificateVerifiesWithPdfsigAndAFlippedByteFails() throws Exception {
        String issued = "SELECT count(*) FROM audit_event WHERE action = 'deposit.certificate-issue' AND subject = ?";
        long before = jdbc.queryForObject(issued, Long.class, "deposit:" + id);
        byte[] pdf = fetch("/api/v1/deposits/" + id + "/certificate.pdf");
        assertThat(jdbc.queryForObject(issued, Long.class, "deposit:" + id))
                .as("one audit event per certificate issued")
                .isEqualTo(before + 1);
        Path nss = Tools.nssDb(dir, ca);
        Path p = write("cert.pdf", pdf);
        // kept for a look at the page (pdftoppm -png target/certificate-sample.pdf)
        Files.write(Path.of("target/certificate-sample.pdf"), pdf);
        var ok = Tools.run(dir, "pdfsig", "-nssdir", "sql:" + nss, p.toString());
        assertThat(ok.output())
                .contains("Signature is Valid.")
                .contains("Certificate is Trusted.")
                .contains("ETSI.CAdES.detached")
                .contains("Total document signed");
        assertThat(verifier.verify(pdf, null).valid()).isTrue();
        var fonts = Tools.run(dir, "pdffonts", p.toString());
        assertThat(fonts.output()).containsIgnoringCase("WenQuanYi").contains("yes");
        var text = Tools.run(dir, "pdftotext", p.toString(), "-");
        String fingerprint = Tools.run(
                        dir, "openssl", "x509", "-in", ca.toString(), "-noout", "-fingerprint", "-sha256")
                .output()
                .trim()
                .replaceFirst("^.*Fingerprint=", "");
        assertThat(text.output())
                .contains("保藏证书")
                .contains("Deposit Certificate")
                .contains("Issued by")
                .contains("Certificate number")
                .containsPattern("SP-\\d{4}-\\d{6}")
                .contains("Oryza sativa")
                .doesNotContain("ORYZA_SAT")
                .contains("Asia/Shanghai")
                .contains("Total document signed")
                .as("hashes are never wrapped: each on one line")
                .contains(sha256)
                .contains(fingerprint);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var widget = doc.getPage(0).getAnnotations().getFirst();
            assertThat(widget.getRectangle().getWidth())
                    .as("a visible signature field")
                    .isGreaterThan(100);
        }

        int step = Math.max(1, pdf.length / 300);
        for (int pos = 0; pos < pdf.length; pos += step) {
            assertThat(verifier.verify(Tools.flip(pdf, pos), null).valid())
                    .as("PDF flipped at %d", pos)
                    .isFalse();
        }
        int signatureValue = signatureValueOffset(pdf);
        for (int pos : new int[] {200, pdf.length / 3, signatureValue, pdf.length - 30}) {
            Path bad = write("bad.pdf", Tools.flip(pdf, pos));
            var r = Tools.run(dir, "pdfsig", "-nssdir", "sql:" + nss, bad.toString());
            assertThat(r.output()).as("pdfsig with the PDF flipped at %d", pos).doesNotContain("Signature is Valid.");
        }
    }

    @Test
    void logEndpointsServeTheCheckpointAndProofs() throws Exception {
        String checkpoint = new String(fetch("/api/v1/log/checkpoint"), UTF_8);
        assertThat(checkpoint).startsWith("seedprint.test/log\n").contains("\n\n\u2014 seedprint.test ");
        JsonNode d = JSON.readTree(fetch("/api/v1/deposits/" + id));
        long index = d.get("logIndex").asLong();
        mvc.perform(get("/api/v1/log/proof/inclusion").param("index", String.valueOf(index)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.index").value(index));
        mvc.perform(get("/api/v1/log/proof/consistency").param("first", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.first").value(1));
        mvc.perform(get("/api/v1/log/proof/inclusion").param("index", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/log/proof/inclusion").param("index", "0").param("treeSize", "999999"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/deposits/" + id + "/verification"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
        byte[] pdf = fetch("/api/v1/deposits/" + id + "/certificate.pdf");
        // anonymous, without a session or CSRF token, as `curl -F file=@cert.pdf` posts it
        mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", pdf)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.kind").value("pdf"));
        mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", Tools.flip(pdf, 300))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void badDepositsGetProblemDetailsNamingTheField() throws Exception {
        String noBarcode = DepositFixtures.json("OPEN", "Bad", "x").replace("\"barcode\":\"SP-Bad\",", "");
        mvc.perform(post("/api/v1/deposits")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(noBarcode)
                        .with(csrf())
                        .with(BREEDER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("sample.barcode")));
        var fakePdf =
                new MockMultipartFile("attachments", "report.pdf", "application/pdf", "not a pdf".getBytes(UTF_8));
        var body = new MockMultipartFile(
                "deposit",
                "",
                MediaType.APPLICATION_JSON_VALUE,
                DepositFixtures.json("OPEN", "Bad2", "x").getBytes(UTF_8));
        mvc.perform(multipart("/api/v1/deposits")
                        .file(body)
                        .file(fakePdf)
                        .with(csrf())
                        .with(BREEDER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("report.pdf")));
    }

    /** Where the hex of the CMS signature value sits inside the PDF's /Contents. */
    private static int signatureValueOffset(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            byte[] cms = new org.bouncycastle.asn1.ASN1InputStream(
                            doc.getSignatureDictionaries().getFirst().getContents(pdf))
                    .readObject()
                    .getEncoded();
            var signed = new org.bouncycastle.cms.CMSSignedData(cms);
            byte[] value =
                    signed.getSignerInfos().getSigners().iterator().next().getSignature();
            String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
            int at = raw.indexOf(HexFormat.of().withUpperCase().formatHex(value));
            if (at < 0) at = raw.indexOf(HexFormat.of().formatHex(value));
            assertThat(at).isPositive();
            return at + 10;
        }
    }

    private Tools.Result cms(Path signature, Path content) throws Exception {
        return Tools.run(
                dir,
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                signature.toString(),
                "-content",
                content.toString(),
                "-CAfile",
                ca.toString(),
                "-purpose",
                "any",
                "-out",
                "/dev/null");
    }

    private byte[] fetch(String path) throws Exception {
        return mvc.perform(get(path).with(BREEDER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
