package org.seedprint.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14's import inputs: an empty part, a file with a header only, a cut gzip (refused at
 * once naming the file as uploaded, never the server's temporary copy, and nothing kept), and a
 * job a stop interrupted.
 */
@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class ImportInputTest {

    private static final String BED = "chr1\t100\t300\tL1\nchr1\t500\t700\tL2\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportService imports;

    private String submit(String panelName, MockMultipartFile genotypes) throws Exception {
        String r = mvc.perform(multipart("/api/v1/imports")
                        .file(genotypes)
                        .file(new MockMultipartFile(
                                "panel", "panel.bed", "text/plain", BED.getBytes(StandardCharsets.UTF_8)))
                        .param("crop", "ORYZA_SAT")
                        .param("panelName", panelName)
                        .param("panelVersion", "1")
                        .with(csrf()))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ImportJobs.awaitEnd(mvc, JsonPath.read(r, "$.id"));
    }

    @Test
    void anEmptyGenotypesPartIsA400NamingIt() throws Exception {
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("genotypes", "lab.tsv", "text/plain", new byte[0]))
                        .param("crop", "ORYZA_SAT")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("genotypes"));
    }

    @Test
    void aGenotypeFileWithAHeaderOnlyIsRejectedNotSucceeded() throws Exception {
        String done = submit(
                "header-only",
                new MockMultipartFile(
                        "genotypes",
                        "header-only.tsv",
                        "text/plain",
                        "sample\tlocus\talleles\tdepths\n".getBytes(StandardCharsets.UTF_8)));
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("REJECTED");
        assertThat((String) JsonPath.read(done, "$.rejections.items[0].source")).isEqualTo("header-only.tsv");
    }

    @Test
    void aCutGzipIsRejectedNamingTheUploadedFile() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("sample\tlocus\talleles\tdepths\nCUT-1\tL1\tACGT\t40\nCUT-1\tL2\tTTAA\t20\n"
                    .repeat(200)
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        String answer = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("genotypes", "lab.tsv.gz", "application/gzip", cut))
                        .file(new MockMultipartFile(
                                "panel", "panel.bed", "text/plain", BED.getBytes(StandardCharsets.UTF_8)))
                        .param("crop", "ORYZA_SAT")
                        .param("panelName", "cut-gzip")
                        .param("panelVersion", "1")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("genotypes"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer)
                .contains("lab.tsv.gz")
                .doesNotContain("seedprint-import")
                .doesNotContain(".part");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM marker_panel WHERE name = 'cut-gzip'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM import_job WHERE description LIKE '%lab.tsv.gz%'", Integer.class))
                .isZero();
    }

    @Test
    void aJobInterruptedByAStopIsMarkedFailedWithTheReason() throws Exception {
        long id = jdbc.queryForObject(
                "INSERT INTO import_job (source_sha256, crop_code, description, status, phase, created_at) "
                        + "VALUES (repeat('ab', 32), 'ORYZA_SAT', 'ORYZA_SAT: killed.tsv', 'WRITING', 'writing', now()) "
                        + "RETURNING id",
                Long.class);
        assertThat(imports.failInterrupted()).isGreaterThanOrEqualTo(1);
        String body = mvc.perform(get("/api/v1/imports/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(body, "$.message"))
                .contains("interrupted")
                .contains("submit it again");
    }
}
