package org.seedprint.registry.evidence;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only Merkle log in PostgreSQL. It takes opaque entries (a kind and bytes): what an
 * entry says is its document's business ({@link EvidenceDocuments#entry}). An append runs inside the caller's transaction and
 * locks the single tree-head row, so appends are serialised across threads and processes and the
 * leaf, the new head and its signed checkpoint commit together with the caller's data, or not at
 * all. A checkpoint is published for every tree size. The tree is mirrored in memory for proofs;
 * the database head is authoritative and the mirror follows it.
 */
@Service
public class TransparencyLog {

    /** What an append gives back: the leaf's index and the checkpoint of the tree that includes it. */
    public record Appended(long index, SignedCheckpoint checkpoint) {}

    private final JdbcTemplate jdbc;
    private final EvidenceKeys keys;
    private final EvidenceProperties props;
    private final ApplicationEventPublisher events;
    private final MerkleTree tree = new MerkleTree();

    TransparencyLog(JdbcTemplate jdbc, EvidenceKeys keys, EvidenceProperties props, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.props = props;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Appended append(String kind, byte[] entry) {
        if (entry.length > 0xFFFF) {
            // a tlog-tiles entry bundle prefixes each entry with a 16-bit length
            throw new IllegalArgumentException("a log entry is at most 65535 bytes");
        }
        long size = headSize("SELECT size FROM log_head WHERE id = 1 FOR UPDATE");
        synchronized (tree) {
            follow(size);
            byte[] leaf = Merkle.leafHash(entry);
            Instant now = Instant.now();
            jdbc.update(
                    "INSERT INTO log_entry (idx, kind, entry, leaf_hash, appended_at) VALUES (?, ?, ?, ?, ?)",
                    size,
                    kind,
                    entry,
                    leaf,
                    Timestamp.from(now));
            // The mirror may run ahead of an uncommitted head; follow() trims it if this rolls back.
            tree.append(leaf);
            byte[] root = tree.root(size + 1);
            Checkpoint cp = new Checkpoint(props.origin(), size + 1, root);
            String note = keys.logKey().sign(cp.body());
            jdbc.update("UPDATE log_head SET size = ?, root_hash = ? WHERE id = 1", size + 1, root);
            jdbc.update(
                    "INSERT INTO log_checkpoint (size, root_hash, signed_note, published_at) VALUES (?, ?, ?, ?)",
                    size + 1,
                    root,
                    note,
                    Timestamp.from(now));
            events.publishEvent(new CheckpointPublished(size + 1));
            return new Appended(size, new SignedCheckpoint(cp, note));
        }
    }

    /** The newest committed checkpoint with the witnesses' cosignatures it has, if anything was logged. */
    @Transactional(readOnly = true)
    public Optional<SignedCheckpoint> latest() {
        return jdbc
                .query(
                        COSIGNED_NOTE + " WHERE c.size = (SELECT max(size) FROM log_checkpoint) GROUP BY c.size",
                        (rs, i) -> SignedCheckpoint.of(rs.getString(1)))
                .stream()
                .findFirst();
    }

    /** The checkpoint of one tree size, with the witnesses' cosignatures it has. */
    @Transactional(readOnly = true)
    public Optional<SignedCheckpoint> checkpoint(long size) {
        return jdbc
                .query(
                        COSIGNED_NOTE + " WHERE c.size = ? GROUP BY c.size",
                        (rs, i) -> SignedCheckpoint.of(rs.getString(1)),
                        size)
                .stream()
                .findFirst();
    }

    /** The log's signed note followed by the stored cosignature lines (tlog-cosignature: more note signatures). */
    private static final String COSIGNED_NOTE =
            "SELECT c.signed_note || coalesce(string_agg(s.line, '' ORDER BY s.witness), '')"
                    + " FROM log_checkpoint c LEFT JOIN log_cosignature s ON s.size = c.size";

    @Transactional(readOnly = true)
    public List<byte[]> inclusionProof(long index, long size) {
        requireCommitted("treeSize", size);
        if (index < 0 || index >= size) {
            throw new Invalid("index", "leaf index " + index + " is outside a tree of size " + size);
        }
        synchronized (tree) {
            followAtLeast(size);
            return tree.inclusionProof(index, size);
        }
    }

    @Transactional(readOnly = true)
    public List<byte[]> consistencyProof(long size1, long size2) {
        requireCommitted("second", size2);
        if (size1 <= 0 || size1 > size2) {
            throw new Invalid("first", "need 0 < first <= second, got " + size1 + " and " + size2);
        }
        synchronized (tree) {
            followAtLeast(size2);
            return tree.consistencyProof(size1, size2);
        }
    }

    /**
     * A C2SP tlog-tiles resource of the committed tree (hash tile or entry bundle), or empty when
     * the tree does not (yet) hold it. Tiles are computed from the mirror, bundles read from the
     * stored entries, so both are what every checkpoint commits to.
     */
    @Transactional(readOnly = true)
    Optional<byte[]> tile(TilePath t) {
        long committed = headSize("SELECT size FROM log_head WHERE id = 1");
        int shift = t.entries() ? 0 : 8 * t.level();
        long available = shift >= Long.SIZE ? 0 : committed >>> shift;
        if (t.index() > (available >>> 8)) {
            return Optional.empty();
        }
        long from = t.index() * TilePath.FULL;
        long to = from + t.width();
        if (to > available) {
            return Optional.empty();
        }
        if (t.entries()) {
            return Optional.of(bundle(from, to));
        }
        synchronized (tree) {
            followAtLeast(committed);
            List<byte[]> hashes = tree.nodes(shift, from, to);
            byte[] out = new byte[hashes.size() * Merkle.HASH_SIZE];
            for (int i = 0; i < hashes.size(); i++) {
                System.arraycopy(hashes.get(i), 0, out, i * Merkle.HASH_SIZE, Merkle.HASH_SIZE);
            }
            return Optional.of(out);
        }
    }

    /** Entries {@code from..to-1}, each as a big-endian uint16 length and the entry's bytes. */
    private byte[] bundle(long from, long to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jdbc.query(
                "SELECT entry FROM log_entry WHERE idx >= ? AND idx < ? ORDER BY idx",
                rs -> {
                    byte[] entry = rs.getBytes(1);
                    if (entry.length > 0xFFFF) {
                        throw new IllegalStateException("log entry longer than a tile bundle can carry");
                    }
                    out.write(entry.length >>> 8);
                    out.write(entry.length & 0xFF);
                    out.writeBytes(entry);
                },
                from,
                to);
        return out.toByteArray();
    }

    /** The stored entries of one kind by log index, for an area that checks its own records against the log. */
    @Transactional(readOnly = true)
    public Map<Long, byte[]> entries(String kind) {
        Map<Long, byte[]> out = new HashMap<>();
        jdbc.query(
                "SELECT idx, entry FROM log_entry WHERE kind = ?",
                rs -> {
                    out.put(rs.getLong(1), rs.getBytes(2));
                },
                kind);
        return out;
    }

    @Transactional(readOnly = true)
    public byte[] leafHash(long index) {
        return jdbc.query("SELECT leaf_hash FROM log_entry WHERE idx = ?", (rs, i) -> rs.getBytes(1), index).stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("log entry " + index));
    }

    public NoteKey verifierKey() {
        return keys.logKey();
    }

    public String origin() {
        return props.origin();
    }

    /**
     * Recomputes the tree from the stored entries (not the stored leaf hashes) and checks every
     * signed checkpoint and the head against it: a changed, inserted or deleted row shows.
     */
    @Transactional(readOnly = true)
    public LogAudit audit() {
        List<String> problems = new ArrayList<>();
        MerkleTree fresh = new MerkleTree();
        long[] expected = {0};
        jdbc.query("SELECT idx, entry, leaf_hash FROM log_entry ORDER BY idx", rs -> {
            long idx = rs.getLong(1);
            if (idx != expected[0]) {
                problems.add("log entries " + expected[0] + ".." + (idx - 1) + " are missing");
            }
            byte[] leaf = Merkle.leafHash(rs.getBytes(2));
            if (!Arrays.equals(leaf, rs.getBytes(3))) {
                problems.add("log entry " + idx + ": stored leaf hash does not match its entry");
            }
            fresh.append(leaf);
            expected[0] = idx + 1;
        });
        long[] checked = {0};
        jdbc.query("SELECT size, signed_note FROM log_checkpoint ORDER BY size", rs -> {
            long size = rs.getLong(1);
            checked[0]++;
            try {
                Checkpoint cp = Checkpoint.parse(keys.logKey().open(rs.getString(2)));
                if (cp.size() != size) {
                    problems.add("checkpoint row " + size + " holds a note for size " + cp.size());
                } else if (size > fresh.size()) {
                    problems.add("checkpoint " + size + " is beyond the " + fresh.size() + " stored entries");
                } else if (!Arrays.equals(cp.rootHash(), fresh.root(size))) {
                    problems.add("checkpoint " + size + ": signed root does not match the entries now stored");
                }
            } catch (ProofException e) {
                problems.add("checkpoint " + size + ": " + e.getMessage());
            }
        });
        long headSize = headSize("SELECT size FROM log_head WHERE id = 1");
        byte[] headRoot = jdbc.query("SELECT root_hash FROM log_head WHERE id = 1", (rs, i) -> rs.getBytes(1))
                .getFirst();
        if (headSize != fresh.size()) {
            problems.add("tree head says " + headSize + " entries, " + fresh.size() + " are stored");
        } else if (!Arrays.equals(headRoot, fresh.root(headSize))) {
            problems.add("tree head root does not match the stored entries");
        }
        return new LogAudit(fresh.size(), checked[0], List.copyOf(problems));
    }

    /** The tree head's size (the single row always exists: the schema inserts it). */
    private long headSize(String sql) {
        return jdbc.query(sql, (rs, i) -> rs.getLong(1)).getFirst();
    }

    private void requireCommitted(String field, long size) {
        long committed = headSize("SELECT size FROM log_head WHERE id = 1");
        if (size < 0 || size > committed) {
            throw new Invalid(field, "tree size " + size + " is outside the log's sizes 0.." + committed);
        }
    }

    /** Makes the mirror equal the head size read under the head lock (trim a rolled-back append, load others'). */
    private void follow(long size) {
        if (tree.size() > size) {
            tree.truncate(size);
        }
        followAtLeast(size);
    }

    private void followAtLeast(long size) {
        if (tree.size() < size) {
            jdbc.query(
                    "SELECT leaf_hash FROM log_entry WHERE idx >= ? AND idx < ? ORDER BY idx",
                    rs -> {
                        tree.append(rs.getBytes(1));
                    },
                    tree.size(),
                    size);
        }
    }
}
