package org.seedprint.registry.evidence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A C2SP tlog-witness: checks a submitted checkpoint against the latest one it cosigned for that
 * log (a consistency proof from that size) and cosigns it, or refuses with the protocol's status.
 * It never cosigns two trees of one log that are not consistent, so a log that rewrites an entry
 * (a fork) is refused. Check and record happen under one lock, as the spec requires.
 */
final class Witness {

    /** What add-checkpoint answers. */
    public sealed interface Answer {
        int status();
    }

    /** 200: the cosignature lines. */
    public record Cosigned(String signatures) implements Answer {
        @Override
        public int status() {
            return 200;
        }
    }

    /** 409: the old size is not the size this witness last cosigned. */
    public record Conflict(long latestSize) implements Answer {
        @Override
        public int status() {
            return 409;
        }
    }

    /** 400 malformed, 403 bad or missing log signature, 404 unknown log, 422 inconsistent. */
    public record Refused(int status, String reason) implements Answer {}

    private static final int MAX_PROOF = 63;

    private final Cosigner key;
    private final Map<String, NoteKey> logs;
    private final WitnessState state;
    private final Clock clock;

    /**
     * @param logs the logs this witness follows: origin line to the log's note verifier key
     */
    Witness(Cosigner key, Map<String, NoteKey> logs, WitnessState state, Clock clock) {
        this.key = key;
        this.logs = Map.copyOf(logs);
        this.state = state;
        this.clock = clock;
    }

    public Cosigner key() {
        return key;
    }

    /** Handles one add-checkpoint request body. */
    public synchronized Answer addCheckpoint(String body) {
        int blank = body.indexOf("\n\n");
        if (!body.startsWith("old ") || blank < 0) {
            return new Refused(400, "the body is an old size line, proof lines, an empty line and a checkpoint");
        }
        String[] head = body.substring(0, blank).split("\n", -1);
        if (!head[0].matches("old (0|[1-9][0-9]{0,18})")) {
            return new Refused(400, "old size line is not \"old <decimal>\": " + head[0]);
        }
        long old = Long.parseLong(head[0].substring(4));
        if (head.length - 1 > MAX_PROOF) {
            return new Refused(400, "more than " + MAX_PROOF + " consistency proof lines");
        }
        List<byte[]> proof = new ArrayList<>();
        for (int i = 1; i < head.length; i++) {
            byte[] h = base64(head[i]);
            if (h.length != Merkle.HASH_SIZE) {
                return new Refused(400, "consistency proof line " + i + " is not a base64 SHA-256 hash");
            }
            proof.add(h);
        }
        String note = body.substring(blank + 2);
        String origin = note.substring(0, Math.max(0, note.indexOf('\n')));
        NoteKey logKey = logs.get(origin);
        if (logKey == null) {
            return new Refused(404, "this witness does not follow the log " + origin);
        }
        if (!note.contains("\n\n")) {
            return new Refused(400, "the checkpoint is not a signed note");
        }
        String text;
        try {
            text = logKey.open(note);
        } catch (ProofException e) {
            return new Refused(403, String.valueOf(e.getMessage()));
        }
        Checkpoint cp;
        try {
            cp = Checkpoint.parse(text);
        } catch (ProofException e) {
            return new Refused(400, String.valueOf(e.getMessage()));
        }
        if (old > cp.size()) {
            return new Refused(400, "old size " + old + " is beyond the checkpoint's size " + cp.size());
        }
        long latestSize = state.latest(origin).map(Checkpoint::size).orElse(0L);
        if (old != latestSize) {
            return new Conflict(latestSize);
        }
        String refused = inconsistency(old, proof, cp);
        if (refused != null) {
            return new Refused(422, refused);
        }
        state.record(cp);
        return new Cosigned(key.cosign(cp.body(), clock.instant().getEpochSecond()));
    }

    private @Nullable String inconsistency(long old, List<byte[]> proof, Checkpoint cp) {
        if (cp.size() == 0 && !Arrays.equals(cp.rootHash(), Merkle.emptyRoot())) {
            return "a checkpoint of size 0 must have the empty tree's root";
        }
        if (old == 0) {
            return proof.isEmpty() ? null : "a proof from size 0 must be empty";
        }
        byte[] oldRoot = state.latest(cp.origin()).orElseThrow().rootHash();
        if (old == cp.size()) {
            return Arrays.equals(oldRoot, cp.rootHash()) && proof.isEmpty()
                    ? null
                    : "the checkpoint has the size this witness cosigned, with another root: a fork";
        }
        try {
            Merkle.verifyConsistency(old, cp.size(), oldRoot, cp.rootHash(), proof);
            return null;
        } catch (ProofException e) {
            return "not consistent with the tree of size " + old + " this witness cosigned: " + e.getMessage();
        }
    }

    private static byte[] base64(String s) {
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
