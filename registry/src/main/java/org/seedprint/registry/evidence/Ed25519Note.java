package org.seedprint.registry.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * What C2SP signed-note keys of every kind share: the key ID
 * SHA-256(name || 0x0A || algorithm || public key)[:4], Ed25519 over bytes, and splitting a note
 * into its text and its signature lines.
 */
final class Ed25519Note {

    static final String DASH = "\u2014 ";

    /** A note split at its last blank line: the signed text (ending in a newline) and the signature lines. */
    record Parts(String text, List<String> signatures) {}

    private Ed25519Note() {}

    static byte[] keyId(String name, byte algorithm, byte[] publicKey) {
        MessageDigest md = Merkle.sha256();
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
        md.update(algorithm);
        md.update(publicKey);
        return Arrays.copyOf(md.digest(), 4);
    }

    static byte[] publicKey(byte[] seed) {
        return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    }

    static byte[] sign(byte[] seed, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    static Parts split(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new ProofException("signed note has no blank line before its signatures");
        }
        return new Parts(
                note.substring(0, split + 1), List.of(note.substring(split + 2).split("\n")));
    }
}
