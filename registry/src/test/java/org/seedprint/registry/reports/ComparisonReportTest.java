package org.seedprint.registry.reports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.TestImports;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.evidence.Tools;
import org.seedprint.registry.evidence.Verifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A comparison report is an evidence document like a deposit: its document verifies against its
 * token with openssl ts, its JSON certificate with openssl cms, its PDF (every differing locus, on
 * several pages) with pdfsig and our verifier; a flipped byte fails each; other examiners get 404.
 */
@RegistryIntegrationTest
@WithMockUser(username = "report-examiner", roles = "EXAMINER")
class ComparisonReportTest {

    static final int LOCI = 160;
    static final int DIFFERING = 130;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Verifier verifier;

    @TempDir
    Path dir;

    final RequestPostProcessor examiner = user("report-examiner").roles("EXAMINER");
    final RequestPostProcessor other = user("other-examiner").roles("EXAMINER");

    /** Two rice profiles of one panel that differ at {@link #DIFFERING} of {@link #LOCI} loci. */
    private long[] importPair(String tag) throws Exception {
        StringBuilder bed = new StringBuilder();
        StringBuilder tsv = new StringBuilder();
        for (int l = 0; l < LOCI; l++) {
            String locus = "RPT" + tag + "-L" + l;
            bed.append("c1\t")
                    .append(100 + l * 1000)
                    .append('\t')
                    .append(300 + l * 1000)
                    .append('\t')
                    .append(locus)
                    .append('\n');
            tsv.append("RPT-REF-").append(tag).append('\t').append(locus).append("\tA\t10\n");
            tsv.append("RPT-QRY-")
                    .append(tag)
                    .append('\t')
                    .append(locus)
                    .append(l < DIFFERING ? "\tG\t10\n" : "\tA\t10\n");
        }
        String varieties = "sample,denomination_latin,kind,status,breeder_code,breeder_name\n"
                + "RPT-REF-" + tag + ",Reportref " + tag + ",AUTHORISED,GRANTED,,\n"
                + "RPT-QRY-" + tag + ",Reportquery " + tag + ",CANDIDATE,APPLIED,,\n";
        var req = multipart("/api/v1/imports")
                .file(new MockMultipartFile("varieties", "varieties.csv", "text/csv", varieties.getBytes(UTF_8)))
                .file(new MockMultipartFile(
                        "genotypes", "library.tsv", "text/plain", tsv.toString().getBytes(UTF_8)))
                .file(new MockMultipartFile(
                        "panel", "panel.bed", "text/plain", bed.toString().getBytes(UTF_8)))
                .param("crop", "ORYZA_SAT")
                .param("format", "TSV")
                .param("panelName", "report-test-" + tag)
                .param("panelVersion", "1")
                .with(csrf());
        TestImports.importAndWait(mvc, req);
        return new long[] {profile(jdbc, "Reportquery " + tag), profile(jdbc, "Reportref " + tag)};
    }

    /** The stored profile of the variety of this Latin denomination (imports make barcodes of their own). */
    static long profile(JdbcTemplate jdbc, String denomination) {
        return jdbc.queryForObject(
                "SELECT p.id FROM profile p JOIN sample s ON s.id = p.sample_id JOIN variety v ON v.id = s.variety_id"
                        + " WHERE v.denomination_latin = ?",
                Long.class,
                denomination);
    }

    @Test
    void anIssuedReportVerifiesWithOpensslPdfsigAndOurVerifierAndATamperedByteFailsEach() throws Exception {
        long[] pair = importPair(UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT));
        JsonNode issued = send(
                examiner,
                "{\"queryProfileId\":" + pair[0] + ",\"referenceProfileIds\":[" + pair[1]
                        + "],\"kind\":\"APPLICATION\",\"reference\":\"CNA-2026-0042\"}",
                201);
        String id = issued.get("id").asString();
        String sha256 = issued.get("sha256").asString();
        JsonNode c = issued.at("/document/comparisons/0");
        assertThat(c.get("compared").asInt()).isEqualTo(LOCI);
        assertThat(c.get("differing").asInt()).isEqualTo(DIFFERING);
        assertThat(c.get("differingLoci").size()).isEqualTo(DIFFERING);
        assertThat(c.get("class").asString()).isEqualTo("DISTINCT");
        assertThat(issued.at("/document/requested/reference").asString()).isEqualTo("CNA-2026-0042");
        assertThat(issued.at("/document/query/genotypesSha256").asString()).hasSize(64);
        assertThat(issued.at("/document/thresholds/edvSimilarity").asString()).isNotBlank();
        String base = "/api/v1/reports/" + id;
        JsonNode missing = send(
                examiner,
                "{\"queryProfileId\":" + pair[0] + ",\"referenceProfileIds\":[" + pair[1] + ",987654321]}",
                400);
        assertThat(missing.get("field").asString()).isEqualTo("referenceProfileIds[1]");

        byte[] content = bytes(examiner, base + "/document", 200);
        assertThat(HexFormat.of().formatHex(EvidenceDocuments.sha256(content))).isEqualTo(sha256);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM log_entry WHERE kind = 'REPORT' AND entry = ?",
                        Long.class,
                        (Object) EvidenceDocuments.entry(
                                "report", UUID.fromString(id), HexFormat.of().parseHex(sha256))))
                .isEqualTo(1);

        Path ca = write("ca.pem", bytes(examiner, "/api/v1/evidence/ca.pem", 200));
        Path data = write("report.json", content);
        byte[] token = bytes(examiner, base + "/certificate.tsr", 200);
        Path tsr = write("report.tsr", token);
        assertThat(ts(data, tsr, ca).output()).contains("Verification: OK");
        assertThat(ts(write("tampered.json", Tools.flip(content, content.length / 2)), tsr, ca)
                        .ok())
                .isFalse();
        assertThat(ts(data, write("tampered.tsr", Tools.flip(token, token.length - 40)), ca)
                        .ok())
                .isFalse();

        byte[] json = bytes(examiner, base + "/certificate.json", 200);
        byte[] p7s = bytes(examiner, base + "/certificate.p7s", 200);
        Path s = write("cert.p7s", p7s);
        assertThat(cms(write("cert.json", json), s, ca).output()).contains("Verification successful");
        assertThat(cms(write("bad.json", Tools.flip(json, json.length / 3)), s, ca)
                        .ok())
                .isFalse();
        assertThat(new String(json, UTF_8))
                .contains("\"kind\":\"report\"")
                .contains("report " + id + " sha256:" + sha256)
                .contains("/verify?report=" + id);
        assertThat(verifier.verify(json, p7s).valid()).isTrue();
        assertThat(verifier.verify(Tools.flip(json, json.length / 3), p7s).valid())
                .isFalse();

        byte[] pdf = bytes(examiner, base + "/certificate.pdf", 200);
        Path pdfFile = write("report.pdf", pdf);
        Path nss = Tools.nssDb(dir, ca);
        assertThat(Tools.run(dir, "pdfsig", "-nssdir", "sql:" + nss, pdfFile.toString())
                        .output())
                .contains("Signature is Valid.")
                .contains("Certificate is Trusted.")
                .contains("Total document signed");
        Path badPdf = write("bad.pdf", Tools.flip(pdf, 200));
        assertThat(Tools.run(dir, "pdfsig", "-nssdir", "sql:" + nss, badPdf.toString())
                        .output())
                .doesNotContain("Signature is Valid.");
        assertThat(verifier.verify(pdf, null).valid()).isTrue();
        assertThat(verifier.verify(Tools.flip(pdf, 200), null).valid()).isFalse();
        assertThat(verifyOnline(pdf, null).get("valid").asBoolean()).isTrue();
        assertThat(verifyOnline(Tools.flip(pdf, 200), null).get("valid").asBoolean())
                .isFalse();
        assertThat(verifyOnline(json, p7s).get("valid").asBoolean()).isTrue();
        assertThat(verifyOnline(Tools.flip(json, json.length / 3), p7s)
                        .get("valid")
                        .asBoolean())
                .isFalse();
        String text = Tools.run(dir, "pdftotext", pdfFile.toString(), "-").output();
        assertThat(text)
                .contains("DNA Fingerprint Comparison Report")
                .contains("比对报告")
                .contains(sha256);
        // every differing locus is listed, the last one too, with both genotypes
        String lastLocus = c.at("/differingLoci/" + (DIFFERING - 1) + "/locus").asString();
        assertThat(text).containsPattern(java.util.regex.Pattern.quote(lastLocus) + ":\\s+G\\s+\\|\\s+A");
        assertThat(Tools.run(dir, "pdfinfo", pdfFile.toString()).output()).containsPattern("Pages:\\s+[3-9]");
        assertThat(Tools.run(
                                dir,
                                "pdftoppm",
                                "-png",
                                "-r",
                                "60",
                                pdfFile.toString(),
                                dir.resolve("page").toString())
                        .ok())
                .isTrue();
        // the QR code of the online check is on the report, whole, and opens /verify?report=<id>
        assertThat(Tools.run(
                                dir,
                                "pdftoppm",
                                "-png",
                                "-r",
                                "150",
                                "-f",
                                "1",
                                "-l",
                                "2",
                                pdfFile.toString(),
                                dir.resolve("qr").toString())
                        .ok())
                .isTrue();
        java.util.List<String> codes = org.seedprint.registry.evidence.Tools.qrCodes(dir, "qr");
        assertThat(codes).anyMatch(u -> u.endsWith("/verify?report=" + id));
        Path shots = Path.of("target", "report-pages");
        Files.createDirectories(shots);
        try (var pages = Files.list(dir)) {
            for (Path p : pages.filter(p -> p.getFileName().toString().endsWith(".png"))
                    .toList()) {
                Files.copy(p, shots.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }

        JsonNode check = JSON.readTree(mvc.perform(get(base + "/verification"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(check.toString()).doesNotContain(lastLocus);

        // another examiner's report is not found, in every form
        bytes(other, base, 404);
        bytes(other, base + "/document", 404);
        bytes(other, base + "/certificate.pdf", 404);
        bytes(examiner, base + "/certificate.docx", 400);
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        JsonNode noQuery = send(examiner, "{\"queryProfileId\":987654321,\"referenceProfileIds\":[1]}", 400);
        assertThat(noQuery.get("field").asString()).isEqualTo("queryProfileId");
        JsonNode empty = send(examiner, "{\"queryProfileId\":1,\"referenceProfileIds\":[]}", 400);
        assertThat(empty.toString()).contains("referenceProfileIds");
        JsonNode order = send(
                examiner,
                "{\"queryProfileId\":1,\"referenceProfileIds\":[2],\"kind\":\"COURT_ORDER\",\"reference\":\"x\"}",
                400);
        assertThat(order.get("field").asString()).isEqualTo("kind");
        mvc.perform(post("/api/v1/reports")
                        .with(user("breeder").roles("BREEDER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"queryProfileId\":1,\"referenceProfileIds\":[2]}"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
    }

    /** {@code POST /api/v1/verify}, anonymous, as anyone holding the files would call it. */
    private JsonNode verifyOnline(byte[] file, byte @org.jspecify.annotations.Nullable [] companion) throws Exception {
        var req = multipart("/api/v1/verify").file(new MockMultipartFile("file", "upload", null, file));
        if (companion != null) req.file(new MockMultipartFile("companion", "upload.p7s", null, companion));
        var r = mvc.perform(
                        req.with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.anonymous()))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getContentAsByteArray());
    }

    private JsonNode send(RequestPostProcessor who, String body, int status) throws Exception {
        var r = mvc.perform(post("/api/v1/reports")
                        .with(who)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        return JSON.readTree(r.getContentAsByteArray());
    }

    private byte[] bytes(RequestPostProcessor who, String path, int status) throws Exception {
        MockHttpServletRequestBuilder req = get(path).with(who);
        var r = mvc.perform(req).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + ": " + r.getContentAsString()).isEqualTo(status);
        return r.getContentAsByteArray();
    }

    private Tools.Result ts(Path data, Path tsr, Path ca) throws Exception {
        return Tools.run(
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
    }

    private Tools.Result cms(Path json, Path p7s, Path ca) throws Exception {
        return Tools.run(
                dir,
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                p7s.toString(),
                "-content",
                json.toString(),
                "-CAfile",
                ca.toString(),
                "-purpose",
                "any",
                "-out",
                "/dev/null");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
