package org.seedprint.registry.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seedprint.registry.evidence.TransparencyLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anchors the audit chain's head in the transparency log. Once a head is a leaf under a signed
 * (and witnessed) checkpoint, rewriting the audit table, even with every digest recomputed into a
 * consistent chain, no longer matches the anchored digest: anyone holding a later checkpoint can
 * fetch the anchor through the log's tiles and compare it with the chain.
 */
@Service
public class AuditAnchors {

    /** The log's kind column for anchors. */
    public static final String LOG_KIND = "AUDIT_HEAD";

    private static final Pattern ENTRY = Pattern.compile("audit-head (\\d+) sha256:([0-9a-f]{64})");

    /** One anchored head: the log leaf that fixes audit events 1..{@code seq}. */
    public record Anchor(long logIndex, long seq, String digest) {}

    private final JdbcTemplate jdbc;
    private final TransparencyLog log;

    AuditAnchors(JdbcTemplate jdbc, TransparencyLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    /**
     * Logs the current head unless it is already the newest anchor (nothing happened since), and
     * returns the newest anchor. Not audited itself: an audit event per anchor would move the head
     * and make every scheduled run log a new one.
     */
    @Transactional
    public Optional<Anchor> anchor() {
        ChainHead head = jdbc.queryForObject(
                "SELECT last_seq, digest FROM audit_chain_head WHERE id = 1",
                (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)));
        if (head == null || head.seq() == 0) return Optional.empty();
        Optional<Anchor> newest = anchors().stream().max(Comparator.comparingLong(Anchor::seq));
        if (newest.isPresent() && newest.get().seq() >= head.seq()) return newest;
        long index = log.append(LOG_KIND, entry(head)).index();
        return Optional.of(new Anchor(index, head.seq(), head.digest()));
    }

    /** Every anchor in the log, oldest first. */
    @Transactional(readOnly = true)
    public List<Anchor> anchors() {
        List<Anchor> out = new ArrayList<>();
        for (Map.Entry<Long, byte[]> e : log.entries(LOG_KIND).entrySet()) {
            out.add(parse(e.getKey(), e.getValue()));
        }
        out.sort(Comparator.comparingLong(Anchor::logIndex));
        return List.copyOf(out);
    }

    /** The log entry of a head, ASCII: {@code audit-head <seq> sha256:<digest>}. */
    static byte[] entry(ChainHead head) {
        return ("audit-head " + head.seq() + " sha256:" + head.digest()).getBytes(StandardCharsets.US_ASCII);
    }

    static Anchor parse(long index, byte[] entry) {
        Matcher m = ENTRY.matcher(new String(entry, StandardCharsets.US_ASCII));
        if (!m.matches()) {
            // the log's own check catches a changed leaf; this names which one
            throw new IllegalStateException("log entry " + index + " of kind " + LOG_KIND + " is not an audit head");
        }
        return new Anchor(index, Long.parseLong(m.group(1)), m.group(2));
    }
}
