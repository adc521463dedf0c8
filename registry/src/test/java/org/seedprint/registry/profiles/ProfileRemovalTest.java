package org.seedprint.registry.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.imports.ImportJob;
import org.seedprint.registry.imports.ImportRequest;
import org.seedprint.registry.imports.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@RegistryIntegrationTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class ProfileRemovalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRemovedProfileLeavesTheLibraryAndACitedOneStays(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("v.csv"), """
                sample,denomination_latin,kind,status
                RM-A,Removal Alpha,CANDIDATE,APPLIED
                RM-B,Removal Beta,CANDIDATE,APPLIED
                """);
        Files.writeString(dir.resolve("g.tsv"), "RM-A\tR1\tAC\t9\nRM-A\tR2\tGG\t9\nRM-B\tR1\tAC\t9\nRM-B\tR2\tGT\t9\n");
        Files.writeString(dir.resolve("p.bed"), "c1\t0\t100\tR1\nc1\t200\t300\tR2\n");
        ImportJob job = imports.runNow(
                new ImportRequest(
                        "GLYCI_MAX",
                        new ImportRequest.Part("v.csv", dir.resolve("v.csv")),
                        null,
                        List.of(new ImportRequest.Part("g.tsv", dir.resolve("g.tsv"))),
                        "TSV",
                        null,
                        new ImportRequest.Part("p.bed", dir.resolve("p.bed")),
                        "removal-test",
                        "1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                "test");
        assertThat(job.getStatus()).as(job.getMessage()).isEqualTo(ImportJob.Status.SUCCEEDED);
        String byName =
                "SELECT p.id FROM profile p JOIN sample s ON s.id = p.sample_id JOIN variety v ON v.id = s.variety_id "
                        + "WHERE v.denomination_latin = ?";
        long a = jdbc.queryForObject(byName, Long.class, "Removal Alpha");
        long b = jdbc.queryForObject(byName, Long.class, "Removal Beta");

        mvc.perform(delete("/api/v1/profiles/" + b).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/matches")
                        .with(user("examiner").roles("EXAMINER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"profileId\":" + a + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.librarySize").value(1))
                .andExpect(jsonPath("$.hits.length()").value(1));
        mvc.perform(delete("/api/v1/profiles/" + a).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("id"));
    }
}
