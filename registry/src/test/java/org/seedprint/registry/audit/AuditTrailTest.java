package org.seedprint.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@RegistryIntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditCheck check;

    @Autowired
    AuditEvents events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    @WithMockUser(username = "audit-tester", roles = "ADMINISTRATOR")
    void recordsWhoWhatWhenAndChainsEachEventToThePrevious() {
        AuditEvent first = audit.record("test.first", "thing:1", AuditOutcome.SUCCESS);
        AuditEvent second = audit.record(AuditEntry.of("test.second", "thing:2", AuditOutcome.DENIED)
                .ownedBy(7L)
                .withDetail("why"));

        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousDigest()).isEqualTo(first.digest());
        assertThat(second.actor()).isEqualTo("audit-tester");
        assertThat(audit.head()).isEqualTo(new ChainHead(second.seq(), second.digest()));
        var found = events.search(
                new AuditEvents.Query("thing:2", "audit-tester", null, null, null), PageRequest.of(0, 10));
        assertThat(found.events()).containsExactly(second);
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void rollsBackWithTheCallersTransaction() {
        ChainHead before = audit.head();
        tx.executeWithoutResult(status -> {
            audit.record("test.rolled-back", "thing:3", AuditOutcome.SUCCESS);
            status.setRollbackOnly();
        });
        assertThat(audit.head()).isEqualTo(before);
        assertThat(events.search(new AuditEvents.Query("thing:3", null, null, null, null), PageRequest.of(0, 10))
                        .total())
                .isZero();

        AuditEvent kept = tx.execute(status -> audit.record("test.committed", "thing:4", AuditOutcome.SUCCESS));
        assertThat(audit.head().seq()).isEqualTo(kept.seq());
        assertThat(kept.actor()).as("outside any request").isEqualTo(AuditTrail.SYSTEM);
    }

    @Test
    void inAReadOnlyTransactionTheEventCommitsOnItsOwn() {
        var readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        AuditEvent e = readOnly.execute(status -> audit.record("test.read-only", "thing:12", AuditOutcome.SUCCESS));
        assertThat(audit.head().seq()).isGreaterThanOrEqualTo(e.seq());
        assertThat(events.search(new AuditEvents.Query("thing:12", null, null, null, null), PageRequest.of(0, 10))
                        .events())
                .containsExactly(e);
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        long before = audit.head().seq();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++)
                        audit.record("test.concurrent", "thread:" + thread, AuditOutcome.SUCCESS);
                }));
            }
            for (var f : futures) f.get();
        }
        assertThat(audit.head().seq()).isEqualTo(before + 100);
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void anEditedRowIsFoundByTheCheck() {
        AuditEvent e = audit.record("test.edit-me", "thing:5", AuditOutcome.DENIED);
        audit.record("test.after", "thing:6", AuditOutcome.SUCCESS);
        jdbc.update("UPDATE audit_event SET outcome = 'SUCCESS' WHERE seq = ?", e.seq());
        try {
            var report = check.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).extracting(AuditCheck.Problem::seq).containsExactly(e.seq());
        } finally {
            jdbc.update("UPDATE audit_event SET outcome = 'DENIED' WHERE seq = ?", e.seq());
        }
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void anEditWithARecomputedDigestBreaksTheNextLink() {
        AuditEvent e = audit.record("test.forge", "thing:7", AuditOutcome.DENIED);
        audit.record("test.after", "thing:8", AuditOutcome.SUCCESS);
        AuditEvent forged = AuditAnchorsTest.copy(e, AuditOutcome.SUCCESS, e.previousDigest())
                .signed();
        jdbc.update("UPDATE audit_event SET outcome = 'SUCCESS', digest = ? WHERE seq = ?", forged.digest(), e.seq());
        try {
            assertThat(check.verify().problems())
                    .extracting(AuditCheck.Problem::seq)
                    .containsExactly(e.seq() + 1);
        } finally {
            jdbc.update("UPDATE audit_event SET outcome = 'DENIED', digest = ? WHERE seq = ?", e.digest(), e.seq());
        }
    }

    @Test
    void aDeletedRowIsFoundByTheCheck() {
        AuditEvent e = audit.record("test.delete-me", "thing:9", AuditOutcome.SUCCESS);
        audit.record("test.after", "thing:10", AuditOutcome.SUCCESS);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_event WHERE seq = ?", e.seq());
        jdbc.update("DELETE FROM audit_event WHERE seq = ?", e.seq());
        try {
            assertThat(check.verify().problems())
                    .extracting(AuditCheck.Problem::problem)
                    .anySatisfy(p -> assertThat(p).contains("missing"));
        } finally {
            jdbc.update(
                    "INSERT INTO audit_event (" + AuditEvents.COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    row.get("seq"),
                    row.get("occurred_at"),
                    row.get("actor"),
                    row.get("action"),
                    row.get("subject"),
                    row.get("subject_organisation_id"),
                    row.get("outcome"),
                    row.get("remote_address"),
                    row.get("detail"),
                    row.get("previous_digest"),
                    row.get("digest"));
        }
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void deletingTheNewestEventIsFoundThroughTheHead() {
        AuditEvent e = audit.record("test.newest", "thing:11", AuditOutcome.SUCCESS);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_event WHERE seq = ?", e.seq());
        jdbc.update("DELETE FROM audit_event WHERE seq = ?", e.seq());
        try {
            assertThat(check.verify().intact()).isFalse();
        } finally {
            jdbc.update(
                    "INSERT INTO audit_event (" + AuditEvents.COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    row.get("seq"),
                    row.get("occurred_at"),
                    row.get("actor"),
                    row.get("action"),
                    row.get("subject"),
                    row.get("subject_organisation_id"),
                    row.get("outcome"),
                    row.get("remote_address"),
                    row.get("detail"),
                    row.get("previous_digest"),
                    row.get("digest"));
        }
    }
}
