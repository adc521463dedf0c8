package org.seedprint.registry.evidence;

import java.util.Arrays;
import java.util.Base64;

/**
 * A C2SP tlog-checkpoint body: origin line, tree size in decimal, base64 root hash, each ending
 * in a newline. Signed as a C2SP signed note by {@link NoteKey}.
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

    public Checkpoint {
        if (origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("checkpoint origin must be one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /** Parses the body of a checkpoint note (extension lines after the third are ignored). */
    public static Checkpoint parse(String body) {
        String[] lines = body.split("\n", -1);
        if (lines.length < 4 || !body.endsWith("\n")) {
            throw new ProofException("a checkpoint has at least three newline-terminated lines");
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new ProofException("checkpoint tree size is not a decimal number: " + lines[1]);
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new ProofException("checkpoint root hash is not base64: " + lines[2]);
        }
        if (root.length != Merkle.HASH_SIZE) {
            throw new ProofException("checkpoint root hash is not 32 bytes");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c
                && c.origin.equals(origin)
                && c.size == size
                && Arrays.equals(c.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size) * 17 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return body();
    }
}
