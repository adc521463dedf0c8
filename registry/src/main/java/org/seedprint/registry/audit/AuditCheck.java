package org.seedprint.registry.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain: recomputes every digest, checks each link to the previous event, the
 * sequence for gaps and the stored head, so an edited, inserted or deleted row is reported; and
 * compares the chain with every head anchored in the transparency log, so a rewritten chain whose
 * digests were all recomputed is reported too.
 */
@Service
public class AuditCheck {

    /** One thing wrong, at the event where it shows. */
    public record Problem(long seq, String problem) {}

    public record Report(
            boolean intact, long eventsChecked, ChainHead head, int anchorsChecked, List<Problem> problems) {}

    private final JdbcTemplate jdbc;
    private final AuditEvents events;
    private final AuditAnchors anchors;

    AuditCheck(JdbcTemplate jdbc, AuditEvents events, AuditAnchors anchors) {
        this.jdbc = jdbc;
        this.events = events;
        this.anchors = anchors;
    }

    /** One consistent snapshot of the events and the head. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report verify() {
        ChainHead head = jdbc.queryForObject(
                "SELECT last_seq, digest FROM audit_chain_head WHERE id = 1",
                (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)));
        List<Problem> problems = new ArrayList<>();
        List<AuditAnchors.Anchor> anchored = anchors.anchors();
        Map<Long, AuditAnchors.Anchor> bySeq = new HashMap<>();
        anchored.forEach(a -> bySeq.putIfAbsent(a.seq(), a));
        var state = new Object() {
            long expectedSeq = 1;
            String previous = AuditEvent.GENESIS;
            long checked;
        };
        jdbc.query("SELECT " + AuditEvents.COLUMNS + " FROM audit_event ORDER BY seq", rs -> {
            AuditEvent e = events.map(rs);
            state.checked++;
            if (e.seq() != state.expectedSeq) {
                problems.add(
                        new Problem(e.seq(), "events " + state.expectedSeq + " to " + (e.seq() - 1) + " are missing"));
            }
            if (!e.previousDigest().equals(state.previous)) {
                problems.add(new Problem(e.seq(), "does not link to the previous event's digest"));
            }
            if (!e.expectedDigest().equals(e.digest())) {
                problems.add(new Problem(e.seq(), "content does not match its digest (edited)"));
            }
            AuditAnchors.Anchor anchor = bySeq.remove(e.seq());
            if (anchor != null && !anchor.digest().equals(e.digest())) {
                problems.add(new Problem(e.seq(), rewritten(anchor)));
            }
            state.expectedSeq = e.seq() + 1;
            state.previous = e.digest();
        });
        if (state.expectedSeq - 1 != head.seq()) {
            problems.add(new Problem(
                    head.seq(),
                    "the head is event " + head.seq() + " but the last stored event is " + (state.expectedSeq - 1)
                            + " (newest events deleted or head edited)"));
        } else if (!state.previous.equals(head.digest())) {
            problems.add(new Problem(head.seq(), "the head digest does not match the last event"));
        }
        bySeq.values()
                .forEach(a -> problems.add(new Problem(
                        a.seq(),
                        "event " + a.seq() + " is missing, but its head is anchored in the transparency log at entry "
                                + a.logIndex())));
        return new Report(problems.isEmpty(), state.checked, head, anchored.size(), List.copyOf(problems));
    }

    private static String rewritten(AuditAnchors.Anchor a) {
        return "does not match the head anchored in the transparency log at entry " + a.logIndex() + " (sha256:"
                + a.digest() + "): the chain up to here was rewritten";
    }
}
