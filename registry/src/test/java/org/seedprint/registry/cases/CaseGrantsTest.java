package org.seedprint.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.seedprint.registry.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditCheck;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Grants on sealed deposits: the depositor comes from the deposit, both case bases appear in the
 * depositor's list, revocation follows the basis, and every read (allowed or refused, by any
 * role) is in the depositor's access list.
 */
@RegistryIntegrationTest
class CaseGrantsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccessPolicy policy;

    @Autowired
    CaseGrants grants;

    @Autowired
    AuditCheck auditCheck;

    @Autowired
    JdbcTemplate jdbc;

    long depositor;
    long rivalOrg;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    UUID deposit;

    @BeforeEach
    void usersAndASealedDeposit() throws Exception {
        depositor = organisations
                .findOrCreate("GRANT-SEEDS", "Grant Seeds", null, Organisation.Kind.BREEDER, "CHN")
                .getId();
        rivalOrg = organisations
                .findOrCreate("GRANT-RIVAL", "Rival Seeds", null, Organisation.Kind.BREEDER, "CHN")
                .getId();
        organisations.findOrCreate(
                "GRANT-COURT", "Hainan FTP IP Court", "海南自由贸易港知识产权法院", Organisation.Kind.COURT, "CHN");
        organisations.findOrCreate("GRANT-COURT-2", "Another court", null, Organisation.Kind.COURT, "CHN");
        organisations.findOrCreate("GRANT-ADMIN", "Registry", null, Organisation.Kind.AUTHORITY, "CHN");
        create("breeder-" + suffix, "GRANT-SEEDS", Role.BREEDER);
        create("rival-" + suffix, "GRANT-RIVAL", Role.BREEDER);
        create("judge-" + suffix, "GRANT-COURT", Role.COURT);
        create("judge2-" + suffix, "GRANT-COURT-2", Role.COURT);
        create("admin-" + suffix, "GRANT-ADMIN", Role.ADMINISTRATOR);
        create("examiner-" + suffix, "GRANT-ADMIN", Role.EXAMINER);
        deposit = sealedDeposit(mvc, breeder(), suffix);
    }

    /** A sealed deposit by this breeder, through the API. */
    static UUID sealedDeposit(MockMvc mvc, RequestPostProcessor breeder, String name) throws Exception {
        String body = """
                {"crop":"ORYZA_SAT","visibility":"SEALED",
                 "passport":{"accessionNumber":"HN-G-%s","accessionName":"Grant %s","genus":"Oryza","species":"sativa"},
                 "pedigree":"secret cross %s",
                 "sample":{"barcode":"SP-G-%s","quantity":"100 g","storagePlace":"Sanya","receivedBy":"clerk1",
                           "receivedAt":"2026-11-20T08:00:00Z"}}
                """.formatted(name, name, name, name);
        String created = mvc.perform(post("/api/v1/deposits")
                        .with(breeder)
                        .with(csrf())
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(created, "$.id"));
    }

    private void create(String username, String org, Role role) {
        accounts.createUser(username, org, Set.of(role), "grant-test-password");
    }

    private RequestPostProcessor breeder() {
        return user("breeder-" + suffix).roles("BREEDER");
    }

    private RequestPostProcessor rival() {
        return user("rival-" + suffix).roles("BREEDER");
    }

    private RequestPostProcessor judge() {
        return user("judge-" + suffix).roles("COURT");
    }

    private long openCase(RequestPostProcessor court) throws Exception {
        String created = mvc.perform(post("/api/v1/cases")
                        .with(court)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"courtName\":\"Hainan FTP IP Court\",\"caseNumber\":\"(2026)琼73知民初"
                                + UUID.randomUUID() + "号\",\"parties\":\"Grant Seeds v. Rival Seeds\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    /** A court order whose body names the rival as the depositor: the deposit's own depositor is kept. */
    private long courtOrder(long caseId) throws Exception {
        String created = mvc.perform(post("/api/v1/cases/" + caseId + "/grants")
                        .with(judge())
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"depositId\":\"" + deposit + "\",\"reference\":\"order " + suffix
                                + "\",\"depositorOrganisationId\":" + rivalOrg + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis").value("COURT_ORDER"))
                .andExpect(jsonPath("$.depositorOrganisationId").value(depositor))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private long grantCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM case_grant", Long.class);
        return n == null ? 0 : n;
    }

    @Test
    void aCourtReadsWithAGrantAndTheReadAppearsInTheDepositorsAccessList() throws Exception {
        String judge = "judge-" + suffix;
        assertThat(as(judge, Role.COURT, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();
        long caseId = openCase(judge());
        courtOrder(caseId);
        mvc.perform(get("/api/v1/cases/" + caseId).with(judge()))
                .andExpect(jsonPath("$.depositIds[0]").value(deposit.toString()));

        assertThat(as(judge, Role.COURT, () -> grants.holdsGrant(deposit))).isTrue();
        mvc.perform(get("/api/v1/deposits/" + deposit + "/content").with(judge()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pedigree").value("secret cross " + suffix));

        mvc.perform(get("/api/v1/audit/sealed-access").with(breeder()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].actor").value(judge))
                .andExpect(jsonPath("$.events[0].subject").value(AuditActions.depositSubject(deposit)))
                .andExpect(jsonPath("$.events[0].outcome").value("SUCCESS"))
                .andExpect(jsonPath("$.events[0].detail").value(containsString("court order order " + suffix)));
        // the rival named in the body neither lists the grant nor the read
        mvc.perform(get("/api/v1/audit/sealed-access").with(rival()))
                .andExpect(jsonPath("$.events[?(@.subject == '" + AuditActions.depositSubject(deposit) + "')]")
                        .isEmpty());
        mvc.perform(get("/api/v1/grants").with(rival()))
                .andExpect(jsonPath("$[?(@.depositId == '" + deposit + "')]").isEmpty());
        // the depositor sees the grant on its deposit although the court never named it
        mvc.perform(get("/api/v1/grants").with(breeder()))
                .andExpect(jsonPath("$[?(@.depositId == '" + deposit + "')].reference")
                        .value("order " + suffix));
        assertThat(auditCheck.verify().intact()).isTrue();
    }

    @Test
    void aCourtOrderOnAnUnknownDepositIs404AndStoresNothing() throws Exception {
        long caseId = openCase(judge());
        long before = grantCount();
        mvc.perform(post("/api/v1/cases/" + caseId + "/grants")
                        .with(judge())
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"depositId\":\"" + UUID.randomUUID() + "\",\"reference\":\"order x\"}"))
                .andExpect(status().isNotFound());
        assertThat(grantCount()).isEqualTo(before);
        mvc.perform(get("/api/v1/cases/" + caseId).with(judge()))
                .andExpect(jsonPath("$.depositIds").isEmpty());
    }

    @Test
    void onlyTheCourtLiftsItsOrderAndTheNextReadIsRefused() throws Exception {
        long grantId = courtOrder(openCase(judge()));
        mvc.perform(get("/api/v1/deposits/" + deposit + "/content").with(judge()))
                .andExpect(status().isOk());

        for (RequestPostProcessor other :
                List.of(rival(), breeder(), user("judge2-" + suffix).roles("COURT"))) {
            mvc.perform(delete("/api/v1/grants/" + grantId).with(other).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(delete("/api/v1/grants/" + grantId).with(judge()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedBy").value("judge-" + suffix));
        mvc.perform(delete("/api/v1/grants/" + 987_654_321L).with(judge()).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/deposits/" + deposit + "/content").with(judge()))
                .andExpect(status().isForbidden());
        // the refused read is kept in the access list although the caller's transaction rolled back
        mvc.perform(get("/api/v1/audit/sealed-access").with(breeder()))
                .andExpect(jsonPath("$.events[0].outcome").value("DENIED"))
                .andExpect(jsonPath("$.events[0].actor").value("judge-" + suffix))
                .andExpect(jsonPath("$.events[1].outcome").value("SUCCESS"));
    }

    @Test
    void refusedReadsByAnExaminerAndAnAdministratorReachTheDepositorsAccessList() throws Exception {
        for (String who : List.of("examiner-" + suffix, "admin-" + suffix)) {
            String role = who.startsWith("examiner") ? "EXAMINER" : "ADMINISTRATOR";
            mvc.perform(get("/api/v1/deposits/" + deposit + "/content")
                            .with(user(who).roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit/sealed-access").with(breeder()))
                    .andExpect(jsonPath("$.events[0].actor").value(who))
                    .andExpect(jsonPath("$.events[0].outcome").value("DENIED"));
        }
        assertThat(as("admin-" + suffix, Role.ADMINISTRATOR, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();
        assertThat(as("judge2-" + suffix, Role.COURT, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();
        assertThat(as("breeder-" + suffix, Role.BREEDER, () -> policy.isOwnOrganisation(depositor)))
                .isTrue();
        assertThat(as("rival-" + suffix, Role.BREEDER, () -> policy.isOwnOrganisation(depositor)))
                .isFalse();
    }

    @Test
    void creatingADepositIsInTheAuditTrail() {
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = ? AND subject = ? AND subject_organisation_id = ?"
                                + " AND actor = ?",
                        Long.class,
                        AuditActions.DEPOSIT_CREATE,
                        AuditActions.depositSubject(deposit),
                        depositor,
                        "breeder-" + suffix))
                .isEqualTo(1);
    }

    @Test
    void anotherCourtCannotSeeOrUseTheCase() throws Exception {
        long caseId = openCase(judge());
        courtOrder(caseId);
        RequestPostProcessor judge2 = user("judge2-" + suffix).roles("COURT");
        mvc.perform(get("/api/v1/cases/" + caseId).with(judge2)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + caseId + "/grants")
                        .with(judge2)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"depositId\":\"" + deposit + "\",\"reference\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDepositorConsentsThroughTheApiAndOnlyTheDepositorMay() throws Exception {
        long caseId = openCase(judge());
        String attach = "{\"depositId\":\"" + deposit + "\"}";
        // not attached to the case yet: as if the case did not exist
        mvc.perform(post("/api/v1/cases/" + caseId + "/consents")
                        .with(breeder())
                        .with(csrf())
                        .contentType("application/json")
                        .content(attach))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + caseId + "/deposits")
                        .with(judge())
                        .with(csrf())
                        .contentType("application/json")
                        .content(attach))
                .andExpect(status().isOk());
        long before = grantCount();
        mvc.perform(post("/api/v1/cases/" + caseId + "/consents")
                        .with(rival())
                        .with(csrf())
                        .contentType("application/json")
                        .content(attach))
                .andExpect(status().isForbidden());
        assertThat(grantCount()).isEqualTo(before);
        String consent = mvc.perform(post("/api/v1/cases/" + caseId + "/consents")
                        .with(breeder())
                        .with(csrf())
                        .contentType("application/json")
                        .content(attach))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis").value("CONSENT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long consentId = ((Number) JsonPath.read(consent, "$.id")).longValue();
        mvc.perform(get("/api/v1/grants").with(breeder()))
                .andExpect(jsonPath("$[?(@.id == " + consentId + ")].basis").value("CONSENT"));
        mvc.perform(get("/api/v1/deposits/" + deposit + "/content").with(judge()))
                .andExpect(status().isOk());
        // consent is the depositor's to withdraw
        mvc.perform(delete("/api/v1/grants/" + consentId).with(rival()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/grants/" + consentId).with(breeder()).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/deposits/" + deposit + "/content").with(judge()))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> as("rival-" + suffix, Role.BREEDER, () -> grants.grantByConsent(caseId, deposit)))
                .isInstanceOf(DomainException.Forbidden.class);
    }
}
