package org.seedprint.registry.varieties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A breeder writes only its own organisation's varieties; ownership moves only by an
 * administrator with a reason; every change is audited with old and new values.
 */
@RegistryIntegrationTest
class VarietyOwnershipTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    long own;
    long other;

    @BeforeEach
    void users() {
        own = organisations
                .findOrCreate("VOWN-SEEDS", "Owner Seeds", null, Organisation.Kind.BREEDER, "CHN")
                .getId();
        other = organisations
                .findOrCreate("VOWN-RIVAL", "Rival Seeds", null, Organisation.Kind.BREEDER, "CHN")
                .getId();
        organisations.findOrCreate("VOWN-ADMIN", "Registry", null, Organisation.Kind.AUTHORITY, "CHN");
        accounts.createUser("vbreeder-" + suffix, "VOWN-SEEDS", Set.of(Role.BREEDER), "variety-test-password");
        accounts.createUser("vrival-" + suffix, "VOWN-RIVAL", Set.of(Role.BREEDER), "variety-test-password");
        accounts.createUser("vadmin-" + suffix, "VOWN-ADMIN", Set.of(Role.ADMINISTRATOR), "variety-test-password");
        accounts.createUser("vexaminer-" + suffix, "VOWN-ADMIN", Set.of(Role.EXAMINER), "variety-test-password");
    }

    private RequestPostProcessor breeder() {
        return user("vbreeder-" + suffix).roles("BREEDER");
    }

    private RequestPostProcessor rival() {
        return user("vrival-" + suffix).roles("BREEDER");
    }

    private RequestPostProcessor admin() {
        return user("vadmin-" + suffix).roles("ADMINISTRATOR");
    }

    private String variety(String name, String status, String owner, String applicationNumber) {
        return """
                {"cropCode":"ZEAAA_MAY","denominationLatin":"%s","kind":"CANDIDATE","status":"%s",
                 "ownerOrganisationId":%s,"applicationNumber":%s,"derivationMethod":"SELECTION"}""".formatted(name, status, owner, applicationNumber);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private long audits(long varietyId) {
        return count("SELECT count(*) FROM audit_event WHERE subject = ?", "variety:" + varietyId);
    }

    private long createOwn(String name) throws Exception {
        String created = mvc.perform(post("/api/v1/varieties")
                        .with(breeder())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(variety(name, "APPLIED", "null", "\"CNA" + suffix + "\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.variety.ownerOrganisationId").value(own))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.variety.id")).longValue();
    }

    @Test
    void aBreederCannotRegisterAVarietyOfAnotherOrganisation() throws Exception {
        long before = count("SELECT count(*) FROM variety");
        mvc.perform(post("/api/v1/varieties")
                        .with(rival())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(variety("Vown rival " + suffix, "APPLIED", String.valueOf(own), "null")))
                .andExpect(status().isForbidden());
        assertThat(count("SELECT count(*) FROM variety")).isEqualTo(before);
        // its own (stated or left out) is fine, and the creation is audited with its values
        long id = createOwn("Vown own " + suffix);
        assertThat(jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE subject = ? AND action = ?",
                        String.class,
                        "variety:" + id,
                        AuditActions.VARIETY_CREATE))
                .contains("\"status\":{\"old\":null,\"new\":\"APPLIED\"}")
                .contains("\"ownerOrganisationId\":{\"old\":null,\"new\":" + own + "}");
    }

    @Test
    void aRivalsPutChangesNothingAndIsRefused() throws Exception {
        long id = createOwn("Vown put " + suffix);
        String before = mvc.perform(get("/api/v1/varieties/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long audited = audits(id);
        for (String body : List.of(
                variety("Vown put " + suffix, "WITHDRAWN", String.valueOf(own), "\"CNA" + suffix + "\""),
                variety("Vown put " + suffix, "APPLIED", String.valueOf(other), "\"CNA" + suffix + "\""),
                variety("Vown put " + suffix, "APPLIED", String.valueOf(own), "null"))) {
            mvc.perform(put("/api/v1/varieties/" + id)
                            .with(rival())
                            .with(csrf())
                            .header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden());
        }
        assertThat(mvc.perform(get("/api/v1/varieties/" + id))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo(before);
        assertThat(audits(id)).isEqualTo(audited);
    }

    @Test
    void ownershipMovesOnlyByAnAdministratorWithAReason() throws Exception {
        long id = createOwn("Vown move " + suffix);
        // neither the owner nor an examiner moves it through PUT
        for (RequestPostProcessor who :
                List.of(breeder(), user("vexaminer-" + suffix).roles("EXAMINER"))) {
            mvc.perform(put("/api/v1/varieties/" + id)
                            .with(who)
                            .with(csrf())
                            .header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(variety("Vown move " + suffix, "APPLIED", String.valueOf(other), "null")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/varieties/" + id + "/owner")
                        .with(breeder())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerOrganisationId\":" + other + ",\"reason\":\"sold\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/varieties/" + id + "/owner")
                        .with(admin())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerOrganisationId\":" + other + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(get("/api/v1/varieties/" + id))
                .andExpect(jsonPath("$.ownerOrganisationId").value(own));

        mvc.perform(put("/api/v1/varieties/" + id + "/owner")
                        .with(admin())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerOrganisationId\":" + other + ",\"reason\":\"court ruling " + suffix + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerOrganisationId").value(other));
        Map<String, Object> event = jdbc.queryForMap(
                "SELECT actor, detail, subject_organisation_id FROM audit_event WHERE subject = ? AND action = ?",
                "variety:" + id,
                AuditActions.VARIETY_OWNER_CHANGE);
        assertThat(event.get("actor")).isEqualTo("vadmin-" + suffix);
        assertThat(event.get("subject_organisation_id")).isEqualTo(own);
        assertThat((String) event.get("detail"))
                .contains("\"reason\":\"court ruling " + suffix + "\"")
                .contains("\"ownerOrganisationId\":{\"old\":" + own + ",\"new\":" + other + "}");
        // the old owner has lost it
        mvc.perform(put("/api/v1/varieties/" + id)
                        .with(breeder())
                        .with(csrf())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(variety("Vown move " + suffix, "WITHDRAWN", String.valueOf(other), "null")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOwnersChangeIsAuditedWithOldAndNewValues() throws Exception {
        long id = createOwn("Vown diff " + suffix);
        mvc.perform(put("/api/v1/varieties/" + id)
                        .with(breeder())
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(variety("Vown diff " + suffix, "WITHDRAWN", String.valueOf(own), "null")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get("/api/v1/audit/events?subject=variety:" + id + "&action=" + AuditActions.VARIETY_CHANGE)
                        .with(admin()))
                .andExpect(jsonPath("$.events[0].actor").value("vbreeder-" + suffix))
                .andExpect(jsonPath("$.events[0].detail")
                        .value(containsString("\"status\":{\"old\":\"APPLIED\",\"new\":\"WITHDRAWN\"}")))
                .andExpect(jsonPath("$.events[0].detail")
                        .value(containsString("\"applicationNumber\":{\"old\":\"CNA" + suffix + "\",\"new\":null}")));
    }
}
