package org.seedprint.registry.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A witness's Ed25519 key for C2SP tlog-cosignature v1: the signed message is
 * {@code cosignature/v1\ntime <t>\n} followed by the checkpoint body, the signature is
 * {@code key ID || big-endian u64 time || Ed25519 signature}, and the key ID uses algorithm byte 0x04.
 *
 * @param name       the witness's name (a schema-less URL), printed on the signature line
 * @param publicKey  32-byte Ed25519 public key
 * @param privateKey 32-byte seed, or null for a verify-only key
 */
record Cosigner(String name, byte[] publicKey, byte @Nullable [] privateKey) {

    private static final byte ALG_COSIGNATURE_V1 = 4;
    private static final byte ALG_ED25519 = 1;
    private static final int SIGNATURE_BYTES = 4 + 8 + 64;

    public Cosigner {
        if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("witness name must be non-empty, without spaces or '+': " + name);
        }
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("witness public key must be 32 bytes");
        }
        publicKey = publicKey.clone();
        privateKey = privateKey == null ? null : privateKey.clone();
    }

    public static Cosigner fromSeed(String name, byte[] seed) {
        return new Cosigner(name, Ed25519Note.publicKey(seed), seed);
    }

    /**
     * A verifier from a vkey: C2SP's {@code name+hexid+base64(0x04 || key)}, or the plain Ed25519
     * form {@code name+hexid+base64(0x01 || key)} that transparency-dev witnesses publish (the key
     * ID in the vkey is then the one of algorithm 0x01; cosignatures still use 0x04's).
     */
    public static Cosigner parseVerifierKey(String vkey) {
        String[] parts = vkey.strip().split("\\+", 3);
        byte[] raw = parts.length == 3 ? decode(parts[2]) : new byte[0];
        if (raw.length != 33 || (raw[0] != ALG_COSIGNATURE_V1 && raw[0] != ALG_ED25519)) {
            throw new IllegalArgumentException(
                    "not an Ed25519 witness key (name+id+base64(0x04 or 0x01 || key)): " + vkey);
        }
        Cosigner c = new Cosigner(parts[0], Arrays.copyOfRange(raw, 1, 33), null);
        String id = HexFormat.of().formatHex(Ed25519Note.keyId(c.name(), raw[0], c.publicKey()));
        if (!id.equals(parts[1])) {
            throw new IllegalArgumentException("witness key id " + parts[1] + " does not match its key");
        }
        return c;
    }

    /** A signer from {@code PRIVATE+KEY+name+hexid+base64(0x04 || seed)}. */
    public static Cosigner parseSignerKey(String skey) {
        String[] parts = skey.strip().split("\\+", 5);
        byte[] raw = parts.length == 5 && parts[0].equals("PRIVATE") && parts[1].equals("KEY")
                ? decode(parts[4])
                : new byte[0];
        if (raw.length != 33 || raw[0] != ALG_COSIGNATURE_V1) {
            throw new IllegalArgumentException("not a cosignature/v1 signer key (PRIVATE+KEY+name+id+key)");
        }
        Cosigner c = fromSeed(parts[2], Arrays.copyOfRange(raw, 1, 33));
        if (!c.keyIdHex().equals(parts[3])) {
            throw new IllegalArgumentException("witness key id " + parts[3] + " does not match its key");
        }
        return c;
    }

    public String keyIdHex() {
        return HexFormat.of().formatHex(Ed25519Note.keyId(name, ALG_COSIGNATURE_V1, publicKey));
    }

    public String verifierKey() {
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(withAlgorithm(publicKey));
    }

    public String signerKey() {
        if (privateKey == null) {
            throw new IllegalStateException("verify-only witness key " + name);
        }
        return "PRIVATE+KEY+" + name + "+" + keyIdHex() + "+"
                + Base64.getEncoder().encodeToString(withAlgorithm(privateKey));
    }

    /** The cosignature line (ending in a newline) over a checkpoint body, at {@code time} (POSIX seconds). */
    public String cosign(String checkpointBody, long time) {
        if (privateKey == null) {
            throw new IllegalStateException("verify-only witness key " + name);
        }
        byte[] sig = Ed25519Note.sign(privateKey, message(checkpointBody, time));
        ByteBuffer blob = ByteBuffer.allocate(SIGNATURE_BYTES);
        blob.put(Ed25519Note.keyId(name, ALG_COSIGNATURE_V1, publicKey))
                .putLong(time)
                .put(sig);
        return Ed25519Note.DASH + name + " " + Base64.getEncoder().encodeToString(blob.array()) + "\n";
    }

    /**
     * This witness's cosignature in a signed note: its time when it verifies, empty when the note
     * carries none; a line with this key's name and ID whose signature fails is an error.
     */
    public OptionalLong verify(String note) {
        Ed25519Note.Parts parts = Ed25519Note.split(note);
        byte[] id = Ed25519Note.keyId(name, ALG_COSIGNATURE_V1, publicKey);
        String prefix = Ed25519Note.DASH + name + " ";
        for (String line : parts.signatures()) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            byte[] blob = decode(line.substring(prefix.length()));
            if (blob.length != SIGNATURE_BYTES || !Arrays.equals(Arrays.copyOf(blob, 4), id)) {
                continue;
            }
            long time = ByteBuffer.wrap(blob, 4, 8).getLong();
            if (time <= 0
                    || !Ed25519Note.verify(
                            publicKey, message(parts.text(), time), Arrays.copyOfRange(blob, 12, SIGNATURE_BYTES))) {
                throw new ProofException("cosignature by witness " + name + " does not verify");
            }
            return OptionalLong.of(time);
        }
        return OptionalLong.empty();
    }

    private static byte[] message(String checkpointBody, long time) {
        return ("cosignature/v1\ntime " + time + "\n" + checkpointBody).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withAlgorithm(byte[] key) {
        byte[] raw = new byte[33];
        raw[0] = ALG_COSIGNATURE_V1;
        System.arraycopy(key, 0, raw, 1, 32);
        return raw;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
