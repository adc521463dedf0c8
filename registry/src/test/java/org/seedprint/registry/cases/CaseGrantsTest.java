package org.seedprint.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.concurrent.Callable;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Court reads of sealed content: only with a grant in force, every read in the depositor's access list. */
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

    long depositor;
    long rivalOrg;
    final UUID deposit = UUID.randomUUID();
    final String suffix = deposit.toString().substring(0, 8);

    @BeforeEach
    void users() {
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
    }

    private void create(String username, String org, Role role) {
        accounts.createUser(username, org, Set.of(role), "grant-test-password");
    }

    private <T> T as(String username, Role role, Callable<T> action) throws Exception {
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority())));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return action.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long openCaseWithCourtOrder(String judge) throws Exception {
        String created = mvc.perform(post("/api/v1/cases")
                        .with(user(judge).roles("COURT"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"courtName\":\"Hainan FTP IP Court\",\"caseNumber\":\"(2026)琼73知民初" + suffix
                                + "号\",\"parties\":\"Grant Seeds v. Rival Seeds\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long caseId = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/cases/" + caseId + "/grants")
                        .with(user(judge).roles("COURT"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"depositId\":\"" + deposit + "\",\"reference\":\"order " + suffix
                                + "\",\"depositorOrganisationId\":" + depositor + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis").value("COURT_ORDER"));
        mvc.perform(get("/api/v1/cases/" + caseId).with(user(judge).roles("COURT")))
                .andExpect(jsonPath("$.depositIds[0]").value(deposit.toString()));
        return caseId;
    }

    @Test
    void aCourtReadsWithAGrantAndTheReadAppearsInTheDepositorsAccessList() throws Exception {
        String judge = "judge-" + suffix;
        assertThat(as(judge, Role.COURT, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();

        openCaseWithCourtOrder(judge);

        assertThat(as(judge, Role.COURT, () -> grants.holdsGrant(deposit))).isTrue();
        as(judge, Role.COURT, () -> {
            policy.checkSealedRead(deposit, depositor);
            return null;
        });

        mvc.perform(get("/api/v1/audit/sealed-access")
                        .with(user("breeder-" + suffix).roles("BREEDER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].actor").value(judge))
                .andExpect(jsonPath("$.events[0].subject").value(AuditActions.depositSubject(deposit)))
                .andExpect(jsonPath("$.events[0].outcome").value("SUCCESS"))
                .andExpect(jsonPath("$.events[0].detail")
                        .value(org.hamcrest.Matchers.containsString("court order order " + suffix)));
        // the rival breeder's list does not show it
        mvc.perform(get("/api/v1/audit/sealed-access")
                        .with(user("rival-" + suffix).roles("BREEDER")))
                .andExpect(jsonPath("$.events[?(@.subject == '" + AuditActions.depositSubject(deposit) + "')]")
                        .isEmpty());
        // the depositor sees the grant on its deposit
        mvc.perform(get("/api/v1/grants").with(user("breeder-" + suffix).roles("BREEDER")))
                .andExpect(jsonPath("$[?(@.depositId == '" + deposit + "')].reference")
                        .value("order " + suffix));
        assertThat(auditCheck.verify().intact()).isTrue();
    }

    @Test
    void revokingAGrantStopsAccessAtOnce() throws Exception {
        String judge = "judge-" + suffix;
        long caseId = openCaseWithCourtOrder(judge);
        String listed = mvc.perform(get("/api/v1/cases/" + caseId + "/grants")
                        .with(user(judge).roles("COURT")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long grantId = ((Number) JsonPath.read(listed, "$[0].id")).longValue();
        as(judge, Role.COURT, () -> {
            policy.checkSealedRead(deposit, depositor);
            return null;
        });

        // the depositor may revoke a grant on its deposit
        mvc.perform(delete("/api/v1/grants/" + grantId)
                        .with(user("breeder-" + suffix).roles("BREEDER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedBy").value("breeder-" + suffix));

        assertThat(as(judge, Role.COURT, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();
        assertThatThrownBy(() -> as(judge, Role.COURT, () -> {
                    policy.checkSealedRead(deposit, depositor);
                    return null;
                }))
                .isInstanceOf(DomainException.Forbidden.class);
        // the refused read is kept in the access list although the caller's transaction rolled back
        mvc.perform(get("/api/v1/audit/sealed-access")
                        .with(user("breeder-" + suffix).roles("BREEDER")))
                .andExpect(jsonPath("$.events[0].outcome").value("DENIED"))
                .andExpect(jsonPath("$.events[0].actor").value(judge))
                .andExpect(jsonPath("$.events[1].outcome").value("SUCCESS"));
    }

    @Test
    void noOneElseReadsSealedContent() throws Exception {
        openCaseWithCourtOrder("judge-" + suffix);
        assertThat(as("breeder-" + suffix, Role.BREEDER, () -> policy.canReadSealed(deposit, depositor)))
                .isTrue();
        assertThat(as("rival-" + suffix, Role.BREEDER, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();
        assertThat(as("breeder-" + suffix, Role.BREEDER, () -> policy.isOwnOrganisation(depositor)))
                .isTrue();
        assertThat(as("rival-" + suffix, Role.BREEDER, () -> policy.isOwnOrganisation(depositor)))
                .isFalse();
        assertThat(as("admin-" + suffix, Role.ADMINISTRATOR, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();
        // a court without a grant of its own, even though another court holds one
        assertThat(as("judge2-" + suffix, Role.COURT, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();
        assertThatThrownBy(() -> as("rival-" + suffix, Role.BREEDER, () -> {
                    policy.checkSealedRead(deposit, depositor);
                    return null;
                }))
                .isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void anotherCourtCannotSeeOrUseTheCase() throws Exception {
        long caseId = openCaseWithCourtOrder("judge-" + suffix);
        mvc.perform(get("/api/v1/cases/" + caseId).with(user("judge2-" + suffix).roles("COURT")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + caseId + "/grants")
                        .with(user("judge2-" + suffix).roles("COURT"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"depositId\":\"" + UUID.randomUUID() + "\",\"reference\":\"x\"}"))
                .andExpect(status().isNotFound());
        long grantId = as(
                "judge-" + suffix,
                Role.COURT,
                () -> grants.forCase(caseId).getFirst().id());
        mvc.perform(delete("/api/v1/grants/" + grantId)
                        .with(user("rival-" + suffix).roles("BREEDER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDepositorCanConsentAndOnlyTheDepositor() throws Exception {
        long caseId = openCaseWithCourtOrder("judge-" + suffix);
        UUID other = UUID.randomUUID();
        assertThatThrownBy(() ->
                        as("rival-" + suffix, Role.BREEDER, () -> grants.grantByConsent(caseId, other, depositor)))
                .isInstanceOf(DomainException.Forbidden.class);
        Grant consent = as("breeder-" + suffix, Role.BREEDER, () -> grants.grantByConsent(caseId, other, depositor));
        assertThat(consent.basis()).isEqualTo(GrantBasis.CONSENT);
        assertThat(as("judge-" + suffix, Role.COURT, () -> policy.canReadSealed(other, depositor)))
                .isTrue();
    }
}
