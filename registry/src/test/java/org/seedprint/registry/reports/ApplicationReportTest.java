package org.seedprint.registry.reports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.TestImports;
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
 * An application's report: refused until the application is decided; then the candidate against
 * its screening's top hits, issued as kind APPLICATION under its number, and the application is
 * reported with the report's id (once).
 */
@RegistryIntegrationTest
@WithMockUser(username = "app-report-examiner", roles = "EXAMINER")
class ApplicationReportTest {

    static final int LOCI = 60;
    static final String[] ALLELES = {"AAC", "CCG", "GGT", "TTA"};
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    final String tag = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    final RequestPostProcessor first = user("app-report-examiner").roles("EXAMINER");
    final RequestPostProcessor second = user("app-report-examiner-2").roles("EXAMINER");

    private String locus(int l) {
        return "AR" + tag + "-L" + l;
    }

    @Test
    void aDecidedApplicationIsReportedAgainstItsTopHitsAndOnlyOnce() throws Exception {
        Random rnd = new Random(9);
        StringBuilder bed = new StringBuilder(), lib = new StringBuilder(), cand = new StringBuilder();
        int[][] refs = new int[3][LOCI];
        for (int[] r : refs) for (int l = 0; l < LOCI; l++) r[l] = rnd.nextInt(ALLELES.length);
        for (int l = 0; l < LOCI; l++) {
            bed.append("c1\t")
                    .append(100 + l * 1000)
                    .append('\t')
                    .append(300 + l * 1000)
                    .append('\t');
            bed.append(locus(l)).append('\n');
            for (int i = 0; i < refs.length; i++) {
                lib.append("AR-REF-")
                        .append(tag)
                        .append('-')
                        .append(i)
                        .append('\t')
                        .append(locus(l));
                lib.append('\t').append(ALLELES[refs[i][l]]).append("\t10\n");
            }
            // candidate 1: a copy of reference 0 but at locus 0; candidate 2: random
            int copy = l == 0 ? (refs[0][0] + 1) % ALLELES.length : refs[0][l];
            cand.append(tag)
                    .append("-A1\t")
                    .append(locus(l))
                    .append('\t')
                    .append(ALLELES[copy])
                    .append("\t10\n");
            cand.append(tag).append("-A2\t").append(locus(l)).append('\t');
            cand.append(ALLELES[rnd.nextInt(ALLELES.length)]).append("\t10\n");
        }
        StringBuilder varieties =
                new StringBuilder("sample,denomination_latin,kind,status,breeder_code,breeder_name\n");
        for (int i = 0; i < refs.length; i++) {
            varieties
                    .append("AR-REF-")
                    .append(tag)
                    .append('-')
                    .append(i)
                    .append(",Appref ")
                    .append(tag)
                    .append(' ');
            varieties.append(i).append(",AUTHORISED,GRANTED,RPT-APPLICANT,Report Test Applicant\n");
        }
        TestImports.importAndWait(
                mvc,
                multipart("/api/v1/imports")
                        .file(part("varieties", "varieties.csv", varieties.toString()))
                        .file(part("genotypes", "library.tsv", lib.toString()))
                        .file(part("panel", "panel.bed", bed.toString()))
                        .param("crop", "ORYZA_SAT")
                        .param("format", "TSV")
                        .param("panelName", "app-report-test-" + tag)
                        .param("panelVersion", "1")
                        .with(csrf()));
        long panelId =
                jdbc.queryForObject("SELECT id FROM marker_panel WHERE name = ?", Long.class, "app-report-test-" + tag);
        String csv =
                "application_number,applicant,crop,denomination_latin,denomination_chinese,female,male,derivation,filing_date\n"
                        + tag + "-A1,RPT-APPLICANT,ORYZA_SAT,Appcand " + tag + " 1,,,,CROSS,2026-11-02\n"
                        + tag + "-A2,RPT-APPLICANT,ORYZA_SAT,Appcand " + tag + " 2,,,,CROSS,2026-11-03\n";
        MockHttpServletResponse batch = mvc.perform(multipart("/api/v1/examination/batches")
                        .file(part("applications", "applications.csv", csv))
                        .file(part("genotypes", "candidates.tsv", cand.toString()))
                        .param("panelId", String.valueOf(panelId))
                        .param("format", "TSV")
                        .with(first)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(batch.getStatus()).as(batch.getContentAsString()).isEqualTo(202);
        long batchId = JSON.readTree(batch.getContentAsByteArray()).get("id").asLong();
        for (int i = 0; i < 600; i++) {
            String status = read("/api/v1/examination/batches/" + batchId, first, 200)
                    .get("status")
                    .asString();
            if (!List.of("QUEUED", "SCREENING").contains(status)) {
                assertThat(status).isEqualTo("DONE");
                break;
            }
            Thread.sleep(100);
        }
        String a1 = "/api/v1/examination/applications/" + tag + "-A1";
        String a2 = "/api/v1/examination/applications/" + tag + "-A2";

        // not decided yet: 409 naming the status, nothing issued
        long before = jdbc.queryForObject("SELECT count(*) FROM comparison_report", Long.class);
        assertThat(send(a1 + "/report", "", first, 409).get("field").asString()).isEqualTo("status");
        send(a1 + "/decision", "{\"code\":\"indistinct\",\"reason\":\"one differing locus of 60\"}", first, 200);
        // decided but not countersigned (rice needs four eyes): still not decided
        assertThat(send(a1 + "/report", "", first, 409).get("field").asString()).isEqualTo("status");
        send(a1 + "/countersign", "", second, 200);
        assertThat(send(a2 + "/report", "", first, 409).get("field").asString()).isEqualTo("status");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comparison_report", Long.class))
                .isEqualTo(before);

        JsonNode report = send(a1 + "/report", "", first, 201);
        String id = report.get("id").asString();
        JsonNode doc = report.get("document");
        assertThat(doc.at("/requested/kind").asString()).isEqualTo("APPLICATION");
        assertThat(doc.at("/requested/reference").asString()).isEqualTo(tag + "-A1");
        assertThat(doc.at("/query/application").asString()).isEqualTo(tag + "-A1");
        assertThat(doc.at("/query/genotypesSha256").asString()).hasSize(64);
        JsonNode screened = read(a1, first, 200);
        JsonNode hits = screened.at("/screening/hits");
        assertThat(doc.get("comparisons").size()).isEqualTo(hits.size()).isGreaterThan(0);
        JsonNode top = doc.at("/comparisons/0");
        assertThat(top.at("/reference/profileId").asLong())
                .isEqualTo(hits.at("/0/hit/profileId").asLong());
        assertThat(top.get("class").asString()).isEqualTo("INDISTINCT");
        assertThat(top.get("differing").asInt()).isEqualTo(1);
        assertThat(top.at("/differingLoci/0/locus").asString()).isEqualTo(locus(0));
        assertThat(screened.at("/application/status").asString()).isEqualTo("REPORTED");
        assertThat(screened.at("/application/reportId").asString()).isEqualTo(id);
        read("/api/v1/reports/" + id + "/verification", first, 200);

        // once only; breeders may not; an unknown application is not found
        assertThat(send(a1 + "/report", "", first, 409).get("field").asString()).isEqualTo("status");
        send(a1 + "/report", "", user("app-breeder").roles("BREEDER"), 403);
        send("/api/v1/examination/applications/" + tag + "-A99/report", "", first, 404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comparison_report", Long.class))
                .isEqualTo(before + 1);
    }

    private JsonNode send(String path, String body, RequestPostProcessor who, int status) throws Exception {
        var req = post(path).with(who).with(csrf());
        if (!body.isEmpty()) req.contentType(MediaType.APPLICATION_JSON).content(body);
        MockHttpServletResponse r = mvc.perform(req).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + ": " + r.getContentAsString()).isEqualTo(status);
        return r.getContentLength() == 0 && r.getContentAsByteArray().length == 0
                ? JSON.createObjectNode()
                : JSON.readTree(r.getContentAsByteArray());
    }

    private JsonNode read(String path, RequestPostProcessor who, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + ": " + r.getContentAsString()).isEqualTo(status);
        return JSON.readTree(r.getContentAsByteArray());
    }

    private static MockMultipartFile part(String name, String file, String content) {
        return new MockMultipartFile(name, file, "text/plain", content.getBytes(UTF_8));
    }
}
