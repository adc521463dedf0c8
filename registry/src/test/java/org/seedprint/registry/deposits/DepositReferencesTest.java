package org.seedprint.registry.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.imports.ImportJob;
import org.seedprint.registry.imports.ImportRequest;
import org.seedprint.registry.imports.ImportService;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A deposit names only what exists and what its depositor may cite: an unknown crop, a missing
 * variety or profile, a variety of another crop, a profile of another variety, and another
 * organisation's variety or profile are each refused with a 4xx naming the field, and nothing of
 * the refused deposit is stored (no deposit row, no log entry).
 */
@RegistryIntegrationTest
class DepositReferencesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDepositCitesOnlyExistingCropsVarietiesAndProfilesOfItsOwnOrganisation(@TempDir Path dir) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long seedCo = accounts.createOrganisation(
                        "REF-" + suffix, "Ref Seed " + suffix, null, Organisation.Kind.BREEDER, "CHN")
                .getId();
        accounts.createOrganisation(
                "REFRIVAL-" + suffix, "Ref Rival " + suffix, null, Organisation.Kind.BREEDER, "CHN");
        accounts.createUser("refowner-" + suffix, "REF-" + suffix, Set.of(Role.BREEDER), null);
        accounts.createUser("refrival-" + suffix, "REFRIVAL-" + suffix, Set.of(Role.BREEDER), null);
        RequestPostProcessor owner = user("refowner-" + suffix).roles("BREEDER");
        RequestPostProcessor rival = user("refrival-" + suffix).roles("BREEDER");

        // two rice varieties with one profile each, owned by the depositor's organisation, one soybean
        Files.writeString(dir.resolve("v.csv"), """
                sample,denomination_latin,kind,status
                REF-A-%1$s,Reference Alpha %1$s,CANDIDATE,APPLIED
                REF-B-%1$s,Reference Beta %1$s,CANDIDATE,APPLIED
                """.formatted(suffix));
        Files.writeString(
                dir.resolve("g.tsv"),
                "REF-A-%1$s\tR1\tAC\t9\nREF-A-%1$s\tR2\tGG\t9\nREF-B-%1$s\tR1\tAC\t9\nREF-B-%1$s\tR2\tGT\t9\n"
                        .formatted(suffix));
        Files.writeString(dir.resolve("p.bed"), "c1\t0\t100\tR1\nc1\t200\t300\tR2\n");
        ImportJob job = imports.runNow(
                new ImportRequest(
                        "ORYZA_SAT",
                        new ImportRequest.Part("v.csv", dir.resolve("v.csv")),
                        null,
                        List.of(new ImportRequest.Part("g.tsv", dir.resolve("g.tsv"))),
                        "TSV",
                        null,
                        new ImportRequest.Part("p.bed", dir.resolve("p.bed")),
                        "ref-test-" + suffix,
                        "1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                "test");
        assertThat(job.getStatus()).as(job.getMessage()).isEqualTo(ImportJob.Status.SUCCEEDED);
        long alpha = variety("Reference Alpha " + suffix);
        long beta = variety("Reference Beta " + suffix);
        jdbc.update("UPDATE variety SET owner_organisation_id = ? WHERE id IN (?, ?)", seedCo, alpha, beta);
        long alphaProfile = profileOf(alpha);
        long betaProfile = profileOf(beta);
        long soybean = jdbc.queryForObject(
                "INSERT INTO variety (crop_code, denomination_latin, kind, status, owner_organisation_id, created_at, updated_at, version)"
                        + " VALUES ('GLYCI_MAX', ?, 'CANDIDATE', 'APPLIED', ?, now(), now(), 0) RETURNING id",
                Long.class,
                "Reference Soy " + suffix,
                seedCo);

        refused(owner, body(suffix, "NO_SUCH_CROP", null, null), status().isBadRequest(), "crop");
        refused(owner, body(suffix, "ORYZA_SAT", 999_999_999L, null), status().isBadRequest(), "varietyId");
        refused(owner, body(suffix, "ORYZA_SAT", soybean, null), status().isBadRequest(), "varietyId");
        refused(owner, body(suffix, "ORYZA_SAT", null, 999_999_999L), status().isBadRequest(), "profileId");
        refused(owner, body(suffix, "ORYZA_SAT", alpha, betaProfile), status().isBadRequest(), "profileId");
        // another organisation's breeder cites the variety, or its profile alone
        refused(rival, body(suffix, "ORYZA_SAT", alpha, null), status().isForbidden(), "varietyId");
        refused(rival, body(suffix, "ORYZA_SAT", null, alphaProfile), status().isForbidden(), "profileId");
        refused(rival, body(suffix, "ORYZA_SAT", alpha, alphaProfile), status().isForbidden(), "varietyId");
        assertThat(depositsBy("refrival-" + suffix)).isZero();
        assertThat(depositsBy("refowner-" + suffix)).isZero();

        // the owner's own variety with its own profile is taken
        long logBefore = logSize();
        mvc.perform(post("/api/v1/deposits")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(csrf())
                        .with(owner)
                        .content(body(suffix, "ORYZA_SAT", alpha, alphaProfile)))
                .andExpect(status().isCreated());
        assertThat(depositsBy("refowner-" + suffix)).isOne();
        assertThat(logSize()).isEqualTo(logBefore + 1);
    }

    private void refused(RequestPostProcessor who, String body, ResultMatcher expected, String field) throws Exception {
        long logBefore = logSize();
        long depositsBefore = jdbc.queryForObject("SELECT count(*) FROM deposit", Long.class);
        mvc.perform(post("/api/v1/deposits")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(csrf())
                        .with(who)
                        .content(body))
                .andExpect(expected)
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(field + ": ")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deposit", Long.class))
                .isEqualTo(depositsBefore);
        assertThat(logSize()).isEqualTo(logBefore);
    }

    private static String body(String suffix, String crop, Long varietyId, Long profileId) {
        String refs = (varietyId == null ? "" : "\"varietyId\":" + varietyId + ",")
                + (profileId == null ? "" : "\"profileId\":" + profileId + ",");
        return DepositFixtures.json(
                        "OPEN", "Ref" + suffix + UUID.randomUUID().toString().substring(0, 4), "refs")
                .replace("{\"crop\":\"ORYZA_SAT\",", "{\"crop\":\"" + crop + "\"," + refs);
    }

    private long variety(String name) {
        return jdbc.queryForObject("SELECT id FROM variety WHERE denomination_latin = ?", Long.class, name);
    }

    private long profileOf(long variety) {
        return jdbc.queryForObject(
                "SELECT p.id FROM profile p JOIN sample s ON s.id = p.sample_id WHERE s.variety_id = ?",
                Long.class,
                variety);
    }

    private long depositsBy(String username) {
        return jdbc.queryForObject("SELECT count(*) FROM deposit WHERE depositor_username = ?", Long.class, username);
    }

    private long logSize() {
        return jdbc.queryForObject("SELECT count(*) FROM log_entry", Long.class);
    }
}
