package org.seedprint.registry.deposits;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit recomputes the log and the deposits from the stored rows: each kind of tampering
 * (done inside a transaction that is rolled back afterwards) is reported.
 */
@RegistryIntegrationTest
class EvidenceAuditTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EvidenceAudit audit;

    @Autowired
    DepositService deposits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MockMvc mvc;

    @Test
    void anUntouchedRegistryIsConsistentAndEveryTamperingIsReported() throws Exception {
        CurrentUser breeder = new CurrentUser("audit-breeder", null, Set.of(Role.BREEDER));
        List<Deposit> made = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(deposits.deposit(
                    JSON.readValue(DepositFixtures.json("OPEN", "Audit" + i, "audit " + i), DepositRequest.class),
                    List.of(),
                    breeder));
        }
        assertThat(audit.run().problems()).isEmpty();
        mvc.perform(get("/api/v1/evidence/audit").with(user("court-auditor").roles("COURT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(true));
        mvc.perform(get("/api/v1/log/audit").with(user("admin-auditor").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(true));

        Deposit middle = made.get(1);
        long last = jdbc.queryForObject("SELECT max(idx) FROM log_entry", Long.class);
        assertReported(
                db -> db.update(
                        "UPDATE log_entry SET entry = overlay(entry placing 'X' from 10 for 1) WHERE idx = ?",
                        middle.logIndex()),
                "log entry " + middle.logIndex(),
                "checkpoint");
        assertReported(
                db -> db.update(
                        "UPDATE log_entry SET entry = ?, leaf_hash = sha256(?::bytea) WHERE idx = ?",
                        "deposit x".getBytes(UTF_8),
                        "deposit x",
                        middle.logIndex()),
                "signed root does not match");
        assertReported(db -> db.update("DELETE FROM log_entry WHERE idx = ?", last), "tree head says");
        assertReported(db -> db.update("DELETE FROM log_entry WHERE idx = ?", middle.logIndex()), "missing");
        assertReported(
                db -> db.update(
                        "UPDATE deposit SET content = convert_to(replace(convert_from(content, 'UTF8'), 'audit 1', 'audit 9'), 'UTF8') WHERE id = ?",
                        middle.id()),
                "stored content does not hash");
        assertReported(
                db -> db.update("UPDATE deposit SET sha256 = sha256('x'::bytea) WHERE id = ?", middle.id()),
                "differs from log entry");
        assertReported(
                db -> db.update("DELETE FROM deposit WHERE id = ?", made.get(2).id()), "deposits stored");
        assertReported(
                db -> db.update(
                        "UPDATE log_checkpoint SET signed_note = replace(signed_note, 'seedprint.test/log', 'seedprint.test/Log') WHERE size = ?",
                        middle.logIndex() + 1),
                "checkpoint " + (middle.logIndex() + 1));
        assertThat(audit.run().problems()).as("every tampering was rolled back").isEmpty();
    }

    private void assertReported(Consumer<JdbcTemplate> tamper, String... expected) {
        tx.executeWithoutResult(status -> {
            tamper.accept(jdbc);
            EvidenceAudit.Report report = audit.run();
            assertThat(report.consistent()).isFalse();
            assertThat(String.join("\n", report.problems())).contains(expected);
            status.setRollbackOnly();
        });
    }
}
