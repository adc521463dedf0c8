package org.seedprint.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.evidence.TransparencyLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An operator who rewrites an audited event and recomputes every digest after it leaves a chain
 * that checks out link by link; the head anchored in the transparency log before the rewrite
 * catches it.
 */
@RegistryIntegrationTest
class AuditAnchorsTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditAnchors anchors;

    @Autowired
    AuditCheck check;

    @Autowired
    TransparencyLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHeadIsLoggedOnceUntilSomethingNewIsAudited() {
        audit.record("test.anchor", "thing:a1", AuditOutcome.SUCCESS);
        ChainHead head = audit.head();
        AuditAnchors.Anchor first = anchors.anchor().orElseThrow();
        assertThat(first.seq()).isEqualTo(head.seq());
        assertThat(first.digest()).isEqualTo(head.digest());
        assertThat(log.entries(AuditAnchors.LOG_KIND).get(first.logIndex()))
                .asString()
                .isEqualTo("audit-head " + head.seq() + " sha256:" + head.digest());

        long size = log.latest().orElseThrow().checkpoint().size();
        assertThat(anchors.anchor()).contains(first);
        assertThat(log.latest().orElseThrow().checkpoint().size())
                .as("nothing new: no new leaf")
                .isEqualTo(size);

        audit.record("test.anchor", "thing:a2", AuditOutcome.SUCCESS);
        assertThat(anchors.anchor().orElseThrow().seq()).isEqualTo(head.seq() + 1);
        AuditCheck.Report report = check.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.anchorsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRewrittenChainWithRecomputedDigestsDisagreesWithItsAnchor() {
        AuditEvent victim = audit.record("test.rewrite-me", "thing:r1", AuditOutcome.DENIED);
        AuditEvent after = audit.record("test.after", "thing:r2", AuditOutcome.SUCCESS);
        AuditAnchors.Anchor anchor = anchors.anchor().orElseThrow();
        assertThat(anchor.seq()).isEqualTo(after.seq());

        // the rewrite: DENIED becomes SUCCESS, both digests and the head recomputed
        AuditEvent forged =
                copy(victim, AuditOutcome.SUCCESS, victim.previousDigest()).signed();
        AuditEvent relinked = copy(after, after.outcome(), forged.digest()).signed();
        try {
            store(forged, relinked);
            jdbc.update(
                    "UPDATE audit_chain_head SET digest = ? WHERE id = 1 AND last_seq = ?",
                    relinked.digest(),
                    relinked.seq());

            AuditCheck.Report report = check.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.seq()).isEqualTo(after.seq());
                assertThat(p.problem())
                        .contains("anchored in the transparency log at entry " + anchor.logIndex())
                        .contains("rewritten");
            });
        } finally {
            store(victim, after);
            jdbc.update(
                    "UPDATE audit_chain_head SET digest = ? WHERE id = 1 AND last_seq = ?",
                    after.digest(),
                    after.seq());
        }
        assertThat(check.verify().intact()).isTrue();
    }

    private void store(AuditEvent... rewritten) {
        for (AuditEvent e : rewritten) {
            jdbc.update(
                    "UPDATE audit_event SET outcome = ?, previous_digest = ?, digest = ? WHERE seq = ?",
                    e.outcome().name(),
                    e.previousDigest(),
                    e.digest(),
                    e.seq());
        }
    }

    /** The event as an operator would rewrite it (sign it again with {@code signed()}). */
    static AuditEvent copy(AuditEvent e, AuditOutcome outcome, String previousDigest) {
        return new AuditEvent(
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.subject(),
                e.subjectOrganisationId(),
                outcome,
                e.remoteAddress(),
                e.detail(),
                previousDigest,
                e.digest());
    }
}
