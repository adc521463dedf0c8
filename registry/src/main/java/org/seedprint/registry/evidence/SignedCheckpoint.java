package org.seedprint.registry.evidence;

/** A checkpoint with its signed note as published. */
public record SignedCheckpoint(Checkpoint checkpoint, String note) {

    /** Parses a stored note; its signature is checked by whoever relies on it. */
    static SignedCheckpoint of(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new ProofException("signed note has no blank line before its signatures");
        }
        return new SignedCheckpoint(Checkpoint.parse(note.substring(0, split + 1)), note);
    }
}
