package org.seedprint.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.deposits.Visibility;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.sharing.AgreementState;
import org.seedprint.registry.sharing.RequestState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's work populates each demo user's workspace: deposits, a case with both grants, threshold history. */
@RegistryIntegrationTest
class DemoWorkspacesTest {

    @Autowired
    DemoWorkspaces demo;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoCastGetsDepositsACaseWithACourtOrderAndAConsentAndThresholdHistory() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        organisations.findOrCreate("DW-SEEDS", "Demo workspace seeds", null, Organisation.Kind.BREEDER, "CHN");
        organisations.findOrCreate("DW-COURT", "Demo workspace court", null, Organisation.Kind.COURT, "CHN");
        organisations.findOrCreate("DW-ADMIN", "Demo workspace registry", null, Organisation.Kind.AUTHORITY, "CHN");
        organisations.findOrCreate("DW-RIVAL", "Demo workspace rival", null, Organisation.Kind.BREEDER, "CHN");
        var cast = new DemoWorkspaces.Cast("dw-breeder-" + s, "dw-court-" + s, "dw-admin-" + s, "dw-rival-" + s);
        accounts.createUser(cast.breeder(), "DW-SEEDS", Set.of(Role.BREEDER), null);
        accounts.createUser(cast.court(), "DW-COURT", Set.of(Role.COURT), null);
        accounts.createUser(cast.administrator(), "DW-ADMIN", Set.of(Role.ADMINISTRATOR), null);
        accounts.createUser(cast.rival(), "DW-RIVAL", Set.of(Role.BREEDER), null);

        DemoWorkspaces.Made made = demo.seed(cast);

        assertThat(made.deposits())
                .extracting(d -> d.visibility())
                .containsExactly(Visibility.OPEN, Visibility.SEALED, Visibility.SEALED);
        mvc.perform(get("/api/v1/grants").with(user(cast.breeder()).roles("BREEDER")))
                .andExpect(status().isOk())
                // and the two approved requests for sealed access on the sealed offer (agreed, closed)
                .andExpect(jsonPath("$[*].basis")
                        .value(containsInAnyOrder("CONSENT", "COURT_ORDER", "ACCESS_AGREEMENT", "ACCESS_AGREEMENT")));
        mvc.perform(get("/api/v1/cases").with(user(cast.court()).roles("COURT")))
                .andExpect(jsonPath("$[0].depositIds.length()").value(2));
        mvc.perform(get("/api/v1/deposits/" + made.deposits().get(1).id() + "/content")
                        .with(user(cast.court()).roles("COURT")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'crop.threshold-change' AND actor = ?",
                        Long.class,
                        cast.administrator()))
                .isEqualTo(2);

        // benefit sharing: an open and a sealed offer, one request left in each state, the agreed ones issued
        assertThat(made.sharing().offers()).extracting(o -> o.sealed()).containsExactly(false, true);
        assertThat(made.sharing().requests()).extracting(r -> r.state()).containsExactly(RequestState.values());
        assertThat(made.sharing().accepted()).hasSize(3).allSatisfy(a -> {
            assertThat(a.state()).isEqualTo(AgreementState.ACCEPTED);
            assertThat(a.sha256()).hasSize(64);
            assertThat(a.acceptances()).hasSize(2);
        });
        var agreed = made.sharing().accepted().getFirst();
        byte[] pdf = mvc.perform(get("/api/v1/sharing/agreements/" + agreed.id() + "/certificate.pdf")
                        .with(user(cast.rival()).roles("BREEDER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        // the sealed offer's approved requests asked for sealed access: the rival reads the content
        mvc.perform(get("/api/v1/deposits/" + made.deposits().get(2).id() + "/content")
                        .with(user(cast.rival()).roles("BREEDER")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/sharing/inbox").with(user(cast.breeder()).roles("BREEDER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'request')]").isNotEmpty());
    }
}
