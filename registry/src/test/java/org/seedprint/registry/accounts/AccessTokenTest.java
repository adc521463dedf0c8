package org.seedprint.registry.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEvents;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@RegistryIntegrationTest
class AccessTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditEvents audit;

    @Autowired
    JdbcTemplate jdbc;

    private String createUserAndToken(String username) throws Exception {
        organisations.findOrCreate("TOKEN-ORG", "Token Seeds", null, Organisation.Kind.BREEDER, "CHN");
        accounts.createUser(username, "TOKEN-ORG", Set.of(Role.BREEDER), "token-test-password");
        String body = mvc.perform(post("/api/v1/tokens")
                        .with(user(username).roles("BREEDER"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"name\":\"ci\",\"days\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token.prefix").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.secret");
    }

    @Test
    void aTokenAuthenticatesApiCallsWithoutSessionOrCsrfAndEachUseIsAudited() throws Exception {
        String secret = createUserAndToken("token-alice");
        assertThat(secret).startsWith("sp_");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_token WHERE token_hash = ?", Long.class, secret))
                .as("the secret itself is not stored")
                .isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("token-alice"))
                .andExpect(jsonPath("$.organisationId")
                        .value(organisations
                                .findByCode("TOKEN-ORG")
                                .orElseThrow()
                                .getId()))
                .andExpect(jsonPath("$.roles[0]").value("BREEDER"));
        // a write with a token needs no CSRF token: the browser never sends it by itself
        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + secret)
                        .contentType("application/json")
                        .content("{\"name\":\"second\"}"))
                .andExpect(status().isCreated());

        var uses = audit.search(
                new AuditEvents.Query(null, "token-alice", AuditActions.TOKEN_USE, null, null), PageRequest.of(0, 10));
        assertThat(uses.events())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS));
        assertThat(uses.events().getFirst().detail()).isEqualTo("POST /api/v1/tokens");
    }

    @Test
    void theListNeverShowsTheSecret() throws Exception {
        String secret = createUserAndToken("token-carol");
        String list = mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("ci"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain(secret);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() throws Exception {
        String secret = createUserAndToken("token-bob");
        long id = jdbc.queryForObject(
                "SELECT t.id FROM access_token t JOIN user_account u ON u.id = t.user_id "
                        + "WHERE u.username = 'token-bob'",
                Long.class);
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").exists());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        var failures = audit.search(
                new AuditEvents.Query("token:" + id, null, AuditActions.TOKEN_USE, null, null), PageRequest.of(0, 10));
        assertThat(failures.events().getFirst().outcome()).isEqualTo(AuditOutcome.FAILURE);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String secret = createUserAndToken("token-dan");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
        jdbc.update(
                "UPDATE access_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' "
                        + "WHERE token_hash = ?",
                AccessTokens.hash(secret));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownTokenIsRefusedEvenOnPublicPaths() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer sp_not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health").header("Authorization", "Bearer sp_not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenValidityIsBounded() throws Exception {
        organisations.findOrCreate("TOKEN-ORG", "Token Seeds", null, Organisation.Kind.BREEDER, "CHN");
        accounts.createUser("token-erin", "TOKEN-ORG", Set.of(Role.BREEDER), "token-test-password");
        mvc.perform(post("/api/v1/tokens")
                        .with(user("token-erin").roles("BREEDER"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"name\":\"forever\",\"days\":4000}"))
                .andExpect(status().isBadRequest());
    }

    /** Issue 14: a pipeline shares one token between parallel requests; none may fail on the last-use write. */
    @Test
    void oneTokenUsedByManyClientsAtOnceNeverFails() throws Exception {
        String secret = createUserAndToken("token-parallel");
        int clients = 8;
        int calls = 25;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int k = 0; k < calls; k++) {
                        statuses.add(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                                .andReturn()
                                .getResponse()
                                .getStatus());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> r : results) {
                assertThat(r.get()).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT last_used_at IS NOT NULL FROM access_token t JOIN user_account u ON u.id = t.user_id"
                                + " WHERE u.username = 'token-parallel'",
                        Boolean.class))
                .isTrue();
    }
}
