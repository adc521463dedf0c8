package org.seedprint.registry.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEvents;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@RegistryIntegrationTest
class SignInTest {

    private static final String PASSWORD = "sign-in-test-password";

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

    @Autowired
    PasswordEncoder passwords;

    private void createUser(String username) {
        organisations.findOrCreate("SIGN-IN-ORG", "Sign-in Seeds", null, Organisation.Kind.BREEDER, "CHN");
        accounts.createUser(username, "SIGN-IN-ORG", Set.of(Role.EXAMINER), PASSWORD);
    }

    @Test
    void webSignInOpensASessionThatTheApiAcceptsAndIsAudited() throws Exception {
        createUser("web-ann");
        var result = mvc.perform(formLogin("/login").user("web-ann").password(PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        var session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("web-ann"));
        var events = audit.search(
                new AuditEvents.Query("user:web-ann", null, AuditActions.SIGN_IN, null, null), PageRequest.of(0, 10));
        assertThat(events.events()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(e.remoteAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        createUser("web-hash");
        String hash =
                jdbc.queryForObject("SELECT password_hash FROM user_account WHERE username = 'web-hash'", String.class);
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void formsAndSessionWritesNeedTheCsrfToken() throws Exception {
        createUser("web-csrf");
        mvc.perform(post("/login").param("username", "web-csrf").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tokens")
                        .with(user("web-csrf").roles("EXAMINER"))
                        .contentType("application/json")
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tokens")
                        .with(user("web-csrf").roles("EXAMINER"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    void repeatedFailuresSlowFurtherAttemptsEvenWithTheRightPassword() throws Exception {
        createUser("web-guess");
        for (int i = 0; i < SignInThrottle.FREE_PER_USER; i++) {
            mvc.perform(formLogin("/login").user("web-guess").password("wrong-" + i))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login?error"));
        }
        // one failure beyond the free ones: the next attempt must wait
        mvc.perform(formLogin("/login").user("web-guess").password("wrong-again"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("web-guess").password(PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));

        var denied = audit.search(
                new AuditEvents.Query("user:web-guess", null, AuditActions.SIGN_IN, null, null), PageRequest.of(0, 10));
        assertThat(denied.events())
                .extracting(e -> e.outcome())
                .containsExactly(
                        AuditOutcome.DENIED,
                        AuditOutcome.FAILURE,
                        AuditOutcome.FAILURE,
                        AuditOutcome.FAILURE,
                        AuditOutcome.FAILURE);

        // once the wait is over, the right password works and clears the count
        jdbc.update(
                "UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE key = 'user:web-guess'");
        mvc.perform(formLogin("/login").user("web-guess").password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM sign_in_throttle WHERE key = 'user:web-guess'", Long.class))
                .isZero();
    }

    @Test
    void theWaitDoublesUpToAFixedCeiling() {
        assertThat(SignInThrottle.backoff(1)).hasSeconds(1);
        assertThat(SignInThrottle.backoff(2)).hasSeconds(2);
        assertThat(SignInThrottle.backoff(5)).hasSeconds(16);
        assertThat(SignInThrottle.backoff(40)).isEqualTo(SignInThrottle.MAX_WAIT);
    }

    @Test
    void aDisabledUserCannotSignInAndLosesOpenSessions() throws Exception {
        createUser("web-gone");
        var session = (MockHttpSession)
                mvc.perform(formLogin("/login").user("web-gone").password(PASSWORD))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());

        accounts.setEnabled("web-gone", false);
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(formLogin("/login").user("web-gone").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }
}
