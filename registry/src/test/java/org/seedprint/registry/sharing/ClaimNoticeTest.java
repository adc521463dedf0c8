package org.seedprint.registry.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.TestImports;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * A screening that finds a candidate indistinct from an owned authorised variety opens exactly
 * one claim notice for its owner; screening it again updates that notice. The owner alone
 * answers it, through the claim states; the notice holds no genotype.
 */
@RegistryIntegrationTest
@WithMockUser(username = "examiner-claims", roles = "EXAMINER")
class ClaimNoticeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final RequestPostProcessor examiner = user("examiner-" + suffix).roles("EXAMINER");

    private long library() throws Exception {
        String bed = "c1\t100\t300\tK1\nc1\t500\t700\tK2\nc2\t100\t300\tK3\nc2\t500\t700\tK4\n";
        String varieties = """
                sample,denomination_latin,kind,status,breeder_code,breeder_name
                CL-A,Claimtest %s,AUTHORISED,GRANTED,CLAIM-%s,Claim Owner %s
                """.formatted(suffix, suffix, suffix);
        String genotypes = "CL-A\tK1\tA\t10\nCL-A\tK2\tC\t10\nCL-A\tK3\tG\t10\nCL-A\tK4\tT\t10\n";
        TestImports.importAndWait(
                mvc,
                multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "varieties", "v.csv", "text/csv", varieties.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile(
                                "genotypes", "g.tsv", "text/plain", genotypes.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile(
                                "panel", "p.bed", "text/plain", bed.getBytes(StandardCharsets.UTF_8)))
                        .param("crop", "ORYZA_SAT")
                        .param("format", "TSV")
                        .param("panelName", "claims-" + suffix)
                        .param("panelVersion", "1")
                        .with(examiner)
                        .with(csrf()));
        return jdbc.queryForObject("SELECT id FROM marker_panel WHERE name = ?", Long.class, "claims-" + suffix);
    }

    private void screen(long panel) throws Exception {
        String query = "EDV-1\tK1\tA\t10\nEDV-1\tK2\tC\t10\nEDV-1\tK3\tG\t10\nEDV-1\tK4\tT\t10\n";
        int status = mvc.perform(multipart("/api/v1/matches")
                        .file(new MockMultipartFile(
                                "file", "edv.tsv", "text/plain", query.getBytes(StandardCharsets.UTF_8)))
                        .param("panelId", String.valueOf(panel))
                        .param("format", "TSV")
                        .with(examiner)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(200);
    }

    @Test
    void aScreeningOpensOneNoticeForTheOwnerAndAnotherScreeningUpdatesIt() throws Exception {
        long panel = library();
        accounts.createUser("claimowner-" + suffix, "CLAIM-" + suffix, Set.of(Role.BREEDER), null);
        accounts.createOrganisation("CLRIVAL-" + suffix, "Claim rival", null, Organisation.Kind.BREEDER, "CHN");
        accounts.createUser("clrival-" + suffix, "CLRIVAL-" + suffix, Set.of(Role.BREEDER), null);
        SharingParties api = new SharingParties(mvc, accounts);
        RequestPostProcessor owner = user("claimowner-" + suffix).roles("BREEDER");
        RequestPostProcessor other = user("clrival-" + suffix).roles("BREEDER");
        Long variety = jdbc.queryForObject(
                "SELECT id FROM variety WHERE denomination_latin = ?", Long.class, "Claimtest " + suffix);

        screen(panel);
        JsonNode claims = api.read(owner, "/api/v1/sharing/claims", 200);
        assertThat(claims).hasSize(1);
        JsonNode c = claims.get(0);
        assertThat(c.get("matched").asString()).isEqualTo("variety:" + variety);
        assertThat(c.get("candidate").asString()).isEqualTo("edv.tsv / EDV-1");
        assertThat(c.get("classification").asString()).isEqualTo("indistinct");
        assertThat(c.get("state").asString()).isEqualTo("NOTIFIED");
        assertThat(c.get("screenings").asInt()).isEqualTo(1);
        assertThat(c.toString()).doesNotContain("\"K1\"").doesNotContain("alleles");
        long id = c.get("id").asLong();
        assertThat(api.read(owner, "/api/v1/sharing/inbox", 200).toString()).contains("/sharing/claims/" + id);

        screen(panel);
        claims = api.read(owner, "/api/v1/sharing/claims", 200);
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(claims.get(0).get("screenings").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM sharing_claim WHERE matched_id = ?", Long.class, String.valueOf(variety)))
                .isOne();

        // another breeder neither sees nor answers it; the owner walks it through its states
        api.read(other, "/api/v1/sharing/claims/" + id, 404);
        api.send(other, "/api/v1/sharing/claims/" + id + "/claim", "{}", 404);
        api.send(owner, "/api/v1/sharing/claims/" + id + "/dispute", "{}", 409);
        api.send(owner, "/api/v1/sharing/claims/" + id + "/claim", "{\"note\":\"our variety\"}", 200);
        api.send(owner, "/api/v1/sharing/claims/" + id + "/dismissal", "{}", 409);
        JsonNode settle = api.send(
                owner,
                "/api/v1/sharing/claims/" + id + "/settlement",
                "{\"agreementId\":\"" + UUID.randomUUID() + "\"}",
                400);
        assertThat(settle.get("field").asString()).isEqualTo("agreementId");
        JsonNode disputed = api.send(
                owner, "/api/v1/sharing/claims/" + id + "/dispute", "{\"caseReference\":\"(2026)琼73知民初1号\"}", 200);
        assertThat(disputed.get("state").asString()).isEqualTo("DISPUTED");
        assertThat(disputed.get("caseReference").asString()).isEqualTo("(2026)琼73知民初1号");
        assertThat(disputed.get("timeline")).hasSize(4);
        api.send(owner, "/api/v1/sharing/claims/" + id + "/claim", "{}", 409);
    }
}
