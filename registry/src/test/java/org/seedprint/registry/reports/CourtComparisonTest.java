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
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.TestImports;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.evidence.Tools;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A court orders a comparison in its case: a seized sample's file against a sealed deposit's
 * profile gives a redacted form (no sealed genotype, no differing locus, the full form's digest)
 * and a full form that only a grant holder reads (each read audited); against an authorised
 * variety one form; other courts see nothing; bad input names its field.
 */
@RegistryIntegrationTest
@WithMockUser(username = "comparison-importer", roles = "ADMINISTRATOR")
class CourtComparisonTest {

    static final int LOCI = 60;
    static final int DIFFERING = 9;
    /** The sealed deposit's allele at the differing loci: what the redacted form must never hold. */
    static final String SEALED_ALLELE = "CCCCGGGGTTTTAAAAS";

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @TempDir
    Path dir;

    final String tag = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    private String locus(int l) {
        return "CC" + tag + "-L" + l;
    }

    /** User names are lower case. */
    private String name(String who) {
        return who + "-" + tag.toLowerCase(Locale.ROOT);
    }

    private RequestPostProcessor as(String who, String role) {
        return user(name(who)).roles(role);
    }

    @Test
    void aSealedDepositIsComparedInARedactedAndAFullFormAndOnlyAGrantReadsTheFullOne() throws Exception {
        organisations.findOrCreate("CMP-SEEDS", "Comparison Seeds", null, Organisation.Kind.BREEDER, "CHN");
        organisations.findOrCreate("CMP-COURT", "Comparison IP Court", "比对知识产权法院", Organisation.Kind.COURT, "CHN");
        organisations.findOrCreate("CMP-COURT-2", "Another court", null, Organisation.Kind.COURT, "CHN");
        organisations.findOrCreate("CMP-OFFICE", "Examination office", null, Organisation.Kind.AUTHORITY, "CHN");
        accounts.createUser(name("breeder"), "CMP-SEEDS", Set.of(Role.BREEDER), "comparison-test-password");
        accounts.createUser(name("judge"), "CMP-COURT", Set.of(Role.COURT), "comparison-test-password");
        accounts.createUser(name("judge2"), "CMP-COURT-2", Set.of(Role.COURT), "comparison-test-password");
        accounts.createUser(name("examiner"), "CMP-OFFICE", Set.of(Role.EXAMINER), "comparison-test-password");
        RequestPostProcessor breeder = as("breeder", "BREEDER");
        RequestPostProcessor judge = as("judge", "COURT");
        RequestPostProcessor judge2 = as("judge2", "COURT");
        RequestPostProcessor examiner = as("examiner", "EXAMINER");

        // the library: the sealed line and an authorised variety; the seized sample differs from both at DIFFERING loci
        StringBuilder bed = new StringBuilder(), lib = new StringBuilder(), seized = new StringBuilder();
        for (int l = 0; l < LOCI; l++) {
            bed.append("c1\t")
                    .append(100 + l * 1000)
                    .append('\t')
                    .append(300 + l * 1000)
                    .append('\t');
            bed.append(locus(l)).append('\n');
            boolean differs = l < DIFFERING;
            lib.append("CMP-SEALED-").append(tag).append('\t').append(locus(l));
            lib.append(differs ? "\t" + SEALED_ALLELE + "\t10\n" : "\tA\t10\n");
            lib.append("CMP-AUTH-").append(tag).append('\t').append(locus(l));
            lib.append(differs ? "\tT\t10\n" : "\tA\t10\n");
            seized.append("SEIZED-1\t").append(locus(l)).append(differs ? "\tG\t10\n" : "\tA\t10\n");
        }
        String varieties = "sample,denomination_latin,kind,status,breeder_code,breeder_name\n"
                + "CMP-SEALED-" + tag + ",Cmpsealed " + tag + ",AUTHORISED,GRANTED,,\n"
                + "CMP-AUTH-" + tag + ",Cmpauth " + tag + ",AUTHORISED,GRANTED,,\n";
        TestImports.importAndWait(
                mvc,
                multipart("/api/v1/imports")
                        .file(part("varieties", "varieties.csv", varieties))
                        .file(part("genotypes", "library.tsv", lib.toString()))
                        .file(part("panel", "panel.bed", bed.toString()))
                        .param("crop", "ORYZA_SAT")
                        .param("format", "TSV")
                        .param("panelName", "comparison-test-" + tag)
                        .param("panelVersion", "1")
                        .with(user("importer").roles("ADMINISTRATOR"))
                        .with(csrf()));
        long sealedProfile = ComparisonReportTest.profile(jdbc, "Cmpsealed " + tag);
        long varietyId = jdbc.queryForObject(
                "SELECT id FROM variety WHERE denomination_latin = ?", Long.class, "Cmpauth " + tag);

        UUID deposit = UUID.fromString(json(
                        mvc.perform(post("/api/v1/deposits")
                                        .with(breeder)
                                        .with(csrf())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("""
                                        {"crop":"ORYZA_SAT","visibility":"SEALED","profileId":%d,
                                         "passport":{"accessionNumber":"CMP-%s","accessionName":"Cmp %s","genus":"Oryza","species":"sativa"},
                                         "pedigree":"secret cross",
                                         "sample":{"barcode":"SP-CMP-%s","quantity":"100 g","storagePlace":"Sanya","receivedBy":"clerk1",
                                                   "receivedAt":"2026-11-20T08:00:00Z"}}
                                        """.formatted(sealedProfile, tag, tag, tag)))
                                .andReturn()
                                .getResponse(),
                        201)
                .get("id")
                .asString());
        long caseId = json(
                        mvc.perform(post("/api/v1/cases")
                                        .with(judge)
                                        .with(csrf())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"courtName\":\"Comparison IP Court\",\"caseNumber\":\"(2026) Cmp "
                                                + tag + "\",\"parties\":\"Comparison Seeds v. Rival\"}"))
                                .andReturn()
                                .getResponse(),
                        201)
                .get("id")
                .asLong();
        String caseBase = "/api/v1/cases/" + caseId;
        postJson(caseBase + "/deposits", "{\"depositId\":\"" + deposit + "\"}", judge, 200);
        postJson(caseBase + "/varieties", "{\"varietyId\":" + varietyId + "}", judge, 200);

        // an examiner orders it on the court's behalf: the redacted form comes back, the full form by id and digest
        JsonNode made = order(caseId, examiner, seized.toString(), "depositId", deposit.toString(), 201);
        JsonNode redacted = made.get("report");
        String redactedId = redacted.get("id").asString();
        String fullId = made.at("/fullForm/id").asString();
        String fullSha = made.at("/fullForm/sha256").asString();
        assertThat(made.at("/fullForm/form").asString()).isEqualTo("FULL");
        assertThat(redacted.at("/document/form").asString()).isEqualTo("redacted");
        assertThat(redacted.at("/document/fullForm/id").asString()).isEqualTo(fullId);
        assertThat(redacted.at("/document/fullForm/sha256").asString()).isEqualTo(fullSha);
        assertThat(redacted.at("/document/requested/kind").asString()).isEqualTo("COURT_ORDER");
        assertThat(redacted.at("/document/requested/caseId").asLong()).isEqualTo(caseId);
        assertThat(redacted.at("/document/query/seizedSample").asString()).isEqualTo("SEIZED-1");
        assertThat(redacted.at("/document/query/fileSha256").asString())
                .isEqualTo(HexFormat.of()
                        .formatHex(EvidenceDocuments.sha256(seized.toString().getBytes(UTF_8))));
        JsonNode c = redacted.at("/document/comparisons/0");
        assertThat(c.get("compared").asInt()).isEqualTo(LOCI);
        assertThat(c.get("differing").asInt()).isEqualTo(DIFFERING);
        assertThat(c.get("class").asString()).isEqualTo("DISTINCT");
        assertThat(c.has("differingLoci")).isFalse();
        assertThat(c.at("/reference/deposit/id").asString()).isEqualTo(deposit.toString());
        assertThat(c.at("/reference/profileId").isMissingNode()).isTrue();

        // the redacted form's bytes, in every form, hold no sealed genotype and no differing locus
        String red = "/api/v1/reports/" + redactedId;
        byte[] doc = bytes(examiner, red + "/document", 200);
        byte[] certJson = bytes(examiner, red + "/certificate.json", 200);
        byte[] pdf = bytes(examiner, red + "/certificate.pdf", 200);
        String pdfText = Tools.run(
                        dir,
                        "pdftotext",
                        Files.write(dir.resolve("redacted.pdf"), pdf).toString(),
                        "-")
                .output();
        for (String form : new String[] {new String(doc, UTF_8), new String(certJson, UTF_8), pdfText}) {
            assertThat(form)
                    .doesNotContain(SEALED_ALLELE)
                    .doesNotContain(locus(0))
                    .doesNotContain(locus(DIFFERING - 1));
        }
        assertThat(new String(doc, UTF_8)).contains(fullSha);
        assertThat(pdfText).contains("REDACTED").contains(fullId);
        // pictures of the redacted form to look at (target/report-pages/redacted-*.png)
        Path shots = Files.createDirectories(Path.of("target", "report-pages"));
        assertThat(Tools.run(
                                dir,
                                "pdftoppm",
                                "-png",
                                "-r",
                                "60",
                                dir.resolve("redacted.pdf").toString(),
                                shots.toAbsolutePath().resolve("redacted").toString())
                        .ok())
                .isTrue();
        assertThat(HexFormat.of().formatHex(EvidenceDocuments.sha256(doc)))
                .isEqualTo(redacted.get("sha256").asString());
        for (String id : new String[] {redactedId, fullId}) {
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM log_entry WHERE kind = 'REPORT' AND convert_from(entry, 'UTF8') LIKE ?",
                            Long.class,
                            "report " + id + " sha256:%"))
                    .as(id)
                    .isEqualTo(1);
        }

        // the full form: refused (and audited) without a grant, for the examiner and for the court
        String full = "/api/v1/reports/" + fullId;
        long denied = audits(deposit, "DENIED"), read = audits(deposit, "SUCCESS");
        bytes(examiner, full + "/document", 403);
        bytes(judge, full + "/document", 403);
        bytes(judge, full + "/certificate.pdf", 403);
        assertThat(audits(deposit, "DENIED")).isEqualTo(denied + 3);
        // with the court's order in force the court reads it, every read audited
        postJson(
                caseBase + "/grants",
                "{\"depositId\":\"" + deposit + "\",\"reference\":\"Order " + tag + "\"}",
                judge,
                201);
        byte[] fullDoc = bytes(judge, full + "/document", 200);
        assertThat(HexFormat.of().formatHex(EvidenceDocuments.sha256(fullDoc))).isEqualTo(fullSha);
        JsonNode fullJson = JSON.readTree(fullDoc);
        assertThat(fullJson.get("form").asString()).isEqualTo("full");
        assertThat(fullJson.at("/comparisons/0/differingLoci").size()).isEqualTo(DIFFERING);
        assertThat(new String(fullDoc, UTF_8)).contains(SEALED_ALLELE);
        byte[] fullPdf = bytes(judge, full + "/certificate.pdf", 200);
        assertThat(Tools.run(
                                dir,
                                "pdftotext",
                                Files.write(dir.resolve("full.pdf"), fullPdf).toString(),
                                "-")
                        .output())
                .contains(SEALED_ALLELE);
        assertThat(audits(deposit, "SUCCESS")).isEqualTo(read + 2);
        // the examiner still has no grant: the court's order is the court's
        bytes(examiner, full + "/document", 403);

        // another court sees neither form, nor the case
        bytes(judge2, red, 404);
        bytes(judge2, full + "/document", 404);
        bytes(breeder, red + "/document", 403); // the access table: reports are for examiners and courts
        order(caseId, judge2, seized.toString(), "depositId", deposit.toString(), 404);
        bytes(judge2, caseBase + "/reports", 404);

        // against the authorised variety: one form, every differing locus in it
        JsonNode single = order(caseId, judge, seized.toString(), "varietyId", String.valueOf(varietyId), 201);
        assertThat(single.get("fullForm").isNull()).isTrue();
        assertThat(single.at("/report/document/form").isMissingNode()).isTrue();
        assertThat(single.at("/report/document/comparisons/0/differingLoci").size())
                .isEqualTo(DIFFERING);
        assertThat(single.at("/report/document/comparisons/0/reference/variety/id")
                        .asLong())
                .isEqualTo(varietyId);

        // the case's reports: the court sees all three, the examiner the two it ordered
        assertThat(JSON.readTree(bytes(judge, caseBase + "/reports", 200)).size())
                .isEqualTo(3);
        assertThat(JSON.readTree(bytes(examiner, caseBase + "/reports", 200)).size())
                .isEqualTo(2);

        // the case page lists them with their downloads; the QR code's page re-checks one, publicly
        var page = mvc.perform(get("/court/cases/" + caseId).with(judge))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains(redactedId)
                .contains(fullId)
                .contains("/api/v1/reports/" + redactedId + "/certificate.pdf")
                .contains("/verify?report=" + fullId);
        String verify = mvc.perform(get("/verify").param("report", redactedId))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(verify)
                .contains("verdict valid")
                .contains(redacted.get("sha256").asString());
        assertThat(verify).doesNotContain(SEALED_ALLELE);

        // bad input names its field; nothing is issued
        long before = jdbc.queryForObject("SELECT count(*) FROM comparison_report", Long.class);
        assertThat(order(caseId, judge, seized.toString(), "sample", "SEIZED-9", 400)
                        .get("field")
                        .asString())
                .isEqualTo("depositId");
        assertThat(orderWith(caseId, judge, seized.toString(), deposit.toString(), "SEIZED-9", 400)
                        .get("field")
                        .asString())
                .isEqualTo("sample");
        assertThat(order(
                                caseId,
                                judge,
                                seized.toString(),
                                "depositId",
                                UUID.randomUUID().toString(),
                                400)
                        .get("field")
                        .asString())
                .isEqualTo("depositId");
        assertThat(order(caseId, judge, seized.toString(), "depositId", "not-a-uuid", 400)
                        .get("field")
                        .asString())
                .isEqualTo("depositId");
        JsonNode badLine =
                order(caseId, judge, "SEIZED-1\t" + locus(0) + "\tA\tmany\n", "depositId", deposit.toString(), 400);
        assertThat(badLine.toString()).contains("depths");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comparison_report", Long.class))
                .isEqualTo(before);
    }

    private long audits(UUID deposit, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit_event WHERE action = ? AND subject = ? AND outcome = ?",
                Long.class,
                AuditActions.SEALED_READ,
                AuditActions.depositSubject(deposit),
                outcome);
    }

    private JsonNode order(long caseId, RequestPostProcessor who, String tsv, String param, String value, int status)
            throws Exception {
        return json(
                mvc.perform(multipart("/api/v1/cases/" + caseId + "/comparisons")
                                .file(part("file", "seized.tsv", tsv))
                                .param(param, value)
                                .param("format", "TSV")
                                .with(who)
                                .with(csrf()))
                        .andReturn()
                        .getResponse(),
                status);
    }

    private JsonNode orderWith(
            long caseId, RequestPostProcessor who, String tsv, String deposit, String sample, int status)
            throws Exception {
        return json(
                mvc.perform(multipart("/api/v1/cases/" + caseId + "/comparisons")
                                .file(part("file", "seized.tsv", tsv))
                                .param("depositId", deposit)
                                .param("sample", sample)
                                .with(who)
                                .with(csrf()))
                        .andReturn()
                        .getResponse(),
                status);
    }

    private void postJson(String path, String body, RequestPostProcessor who, int status) throws Exception {
        json(
                mvc.perform(post(path)
                                .with(who)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn()
                        .getResponse(),
                status);
    }

    private byte[] bytes(RequestPostProcessor who, String path, int status) throws Exception {
        var r = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + ": " + r.getContentAsString()).isEqualTo(status);
        return r.getContentAsByteArray();
    }

    private static JsonNode json(MockHttpServletResponse r, int status) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        return JSON.readTree(r.getContentAsByteArray());
    }

    private static MockMultipartFile part(String name, String file, String content) {
        return new MockMultipartFile(name, file, "text/plain", content.getBytes(UTF_8));
    }
}
