package org.seedprint.registry.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * An Ed25519 key for C2SP signed notes (the format of Go's golang.org/x/mod/sumdb/note): signs a
 * note text and checks a signed note. The key ID is the first four bytes of
 * SHA-256(name || 0x0A || 0x01 || public key).
 *
 * @param name       the key name, printed on the signature line
 * @param publicKey  32-byte Ed25519 public key
 * @param privateKey 32-byte seed, or null for a verify-only key
 */
public record NoteKey(String name, byte[] publicKey, byte @Nullable [] privateKey) {

    private static final byte ALG_ED25519 = 1;
    private static final String DASH = Ed25519Note.DASH;

    public NoteKey {
        if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("note key name must be non-empty, without spaces or '+': " + name);
        }
        publicKey = publicKey.clone();
        privateKey = privateKey == null ? null : privateKey.clone();
    }

    /** A signing key from a 32-byte seed. */
    public static NoteKey fromSeed(String name, byte[] seed) {
        return new NoteKey(name, Ed25519Note.publicKey(seed), seed);
    }

    /** A verifier from Go's vkey form {@code name+hexid+base64(0x01 || key)}. */
    public static NoteKey parseVerifierKey(String vkey) {
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("verifier key is not name+id+key: " + vkey);
        }
        byte[] raw = Base64.getDecoder().decode(parts[2]);
        if (raw.length != 33 || raw[0] != ALG_ED25519) {
            throw new IllegalArgumentException("verifier key is not an Ed25519 key");
        }
        NoteKey key = new NoteKey(parts[0], Arrays.copyOfRange(raw, 1, 33), null);
        if (!key.keyIdHex().equals(parts[1])) {
            throw new IllegalArgumentException("verifier key id " + parts[1] + " does not match its key");
        }
        return key;
    }

    /** A signer from Go's skey form {@code PRIVATE+KEY+name+hexid+base64(0x01 || seed)}. */
    public static NoteKey parseSignerKey(String skey) {
        String[] parts = skey.split("\\+", 5);
        if (parts.length != 5 || !parts[0].equals("PRIVATE") || !parts[1].equals("KEY")) {
            throw new IllegalArgumentException("signer key is not PRIVATE+KEY+name+id+key");
        }
        byte[] raw = Base64.getDecoder().decode(parts[4]);
        if (raw.length != 33 || raw[0] != ALG_ED25519) {
            throw new IllegalArgumentException("signer key is not an Ed25519 key");
        }
        NoteKey key = fromSeed(parts[2], Arrays.copyOfRange(raw, 1, 33));
        if (!key.keyIdHex().equals(parts[3])) {
            throw new IllegalArgumentException("signer key id " + parts[3] + " does not match its key");
        }
        return key;
    }

    public byte[] keyId() {
        return Ed25519Note.keyId(name, ALG_ED25519, publicKey);
    }

    public String keyIdHex() {
        return HexFormat.of().formatHex(keyId());
    }

    /** The public verifier key in Go's vkey form. */
    public String verifierKey() {
        byte[] raw = new byte[33];
        raw[0] = ALG_ED25519;
        System.arraycopy(publicKey, 0, raw, 1, 32);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(raw);
    }

    /** The signed note: text, a blank line and this key's signature line. */
    public String sign(String text) {
        if (privateKey == null) {
            throw new IllegalStateException("verify-only note key " + name);
        }
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must end with a newline");
        }
        byte[] sig = Ed25519Note.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
        byte[] blob = new byte[4 + sig.length];
        System.arraycopy(keyId(), 0, blob, 0, 4);
        System.arraycopy(sig, 0, blob, 4, sig.length);
        return text + "\n" + DASH + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }

    /** Checks a signed note for a valid signature by this key and returns its text. */
    public String open(String note) {
        Ed25519Note.Parts parts = Ed25519Note.split(note);
        String text = parts.text();
        String prefix = DASH + name + " ";
        for (String line : parts.signatures()) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            byte[] blob;
            try {
                blob = Base64.getDecoder().decode(line.substring(prefix.length()));
            } catch (IllegalArgumentException e) {
                throw new ProofException("signature of " + name + " is not base64");
            }
            if (blob.length != 68 || !Arrays.equals(Arrays.copyOf(blob, 4), keyId())) {
                continue;
            }
            if (Ed25519Note.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(blob, 4, 68))) {
                return text;
            }
            throw new ProofException("note signature by " + name + " does not verify");
        }
        throw new ProofException("note carries no signature by " + name + "+" + keyIdHex());
    }
}
