package org.seedprint.registry.evidence;

/** A Merkle proof, signature or token that does not verify; the message says why. */
class ProofException extends RuntimeException {

    public ProofException(String reason) {
        super(reason);
    }

    public ProofException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
