package org.seedprint.registry.deposits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM envelope encryption of sealed deposits: a fresh data key per deposit encrypts its
 * content and attachments; the data key is stored wrapped (AES-GCM) by the current master key.
 * Master keys live in a file outside the database, so a copy of the database alone reveals nothing.
 */
@Component
public class MasterKeys {

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);
    /** AES-GCM nonces: 96 random bits each, never derived from a key or the data. */
    private static final int NONCE = 12;

    private static final int TAG_BITS = 128;
    static final int TAG_BYTES = TAG_BITS / 8;

    /** A data key wrapped by master key {@code masterKeyId}: nonce || ciphertext || tag. */
    public record Wrapped(String masterKeyId, byte[] blob) {}

    /** Ciphertext with its nonce. */
    public record Sealed(byte[] nonce, byte[] ciphertext) {}

    /** An attachment being sealed while it streams, with the nonce stored beside it. */
    record SealedStream(byte[] nonce, InputStream ciphertext) {}

    /** What a deposit's sealed content is bound to: another deposit's ciphertext does not decrypt as this one's. */
    static String contentAad(UUID depositId) {
        return "deposit:" + depositId;
    }

    static String attachmentAad(UUID depositId, int ordinal) {
        return "deposit:" + depositId + ":attachment:" + ordinal;
    }

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private volatile Map<String, SecretKey> keys;

    MasterKeys(DepositProperties props) throws IOException {
        this.file = props.masterKeyFile();
        if (!Files.exists(file)) {
            write(Map.of(newId(), newKey()));
            log.info("Generated a master key in {}: back it up offline (see docs/security-keys.md)", file);
        }
        this.keys = read();
    }

    String currentId() {
        return List.copyOf(keys.keySet()).getLast();
    }

    byte[] newDataKey() {
        byte[] k = new byte[32];
        random.nextBytes(k);
        return k;
    }

    Wrapped wrap(byte[] dataKey, String aad) {
        String id = currentId();
        Sealed s = encrypt(Objects.requireNonNull(keys.get(id)), dataKey, aad);
        return new Wrapped(id, concat(s.nonce(), s.ciphertext()));
    }

    byte[] unwrap(Wrapped wrapped, String aad) {
        SecretKey master = keys.get(wrapped.masterKeyId());
        if (master == null) {
            throw new IllegalStateException("master key " + wrapped.masterKeyId() + " is not in " + file
                    + ": restore it from the offline backup (docs/security-keys.md)");
        }
        byte[] blob = wrapped.blob();
        return decrypt(
                master, new Sealed(Arrays.copyOf(blob, NONCE), Arrays.copyOfRange(blob, NONCE, blob.length)), aad);
    }

    Sealed encrypt(byte[] dataKey, byte[] plaintext, String aad) {
        return encrypt(new SecretKeySpec(dataKey, "AES"), plaintext, aad);
    }

    byte[] decrypt(byte[] dataKey, Sealed sealed, String aad) {
        return decrypt(new SecretKeySpec(dataKey, "AES"), sealed, aad);
    }

    /**
     * Seals an attachment as it streams (GCM appends the tag at the end), under a fresh random
     * nonce. Attachments written before this kept their nonce in the row too (then the first 12
     * bytes of a fresh random 32-byte value), so {@link #openAttachment} reads both.
     */
    SealedStream sealAttachment(byte[] dataKey, InputStream plain, String aad) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return new SealedStream(nonce, new CipherInputStream(plain, c));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** A stored attachment's plain bytes, with the nonce stored in its row. */
    byte[] openAttachment(byte[] dataKey, byte[] nonce, byte[] ciphertext, String aad) {
        return decrypt(dataKey, new Sealed(nonce, ciphertext), aad);
    }

    /** Adds a new current master key to the file (the old ones stay until every data key is re-wrapped). */
    synchronized String addNewMasterKey() throws IOException {
        Map<String, SecretKey> next = new LinkedHashMap<>(keys);
        String id = newId();
        next.put(id, newKey());
        write(next);
        keys = read();
        return id;
    }

    /** Drops master keys that no longer wrap anything. */
    synchronized void retire(List<String> ids) throws IOException {
        Map<String, SecretKey> next = new LinkedHashMap<>(keys);
        ids.stream().filter(id -> !id.equals(currentId())).forEach(next::remove);
        write(next);
        keys = read();
    }

    List<String> ids() {
        return new ArrayList<>(keys.keySet());
    }

    private Sealed encrypt(SecretKey key, byte[] plaintext, String aad) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return new Sealed(nonce, c.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] decrypt(SecretKey key, Sealed sealed, String aad) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed data does not decrypt: wrong key or altered ciphertext", e);
        }
    }

    private String newId() {
        return "mk-" + LocalDate.now(ZoneOffset.UTC) + "-" + Long.toHexString(random.nextLong() >>> 16);
    }

    private SecretKey newKey() {
        return new SecretKeySpec(newDataKey(), "AES");
    }

    private Map<String, SecretKey> read() throws IOException {
        Map<String, SecretKey> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split(":", 2);
            byte[] key = parts.length == 2 ? Base64.getDecoder().decode(parts[1]) : new byte[0];
            if (key.length != 32) {
                throw new IllegalStateException(file + ": a master key line is id:base64 of 32 bytes");
            }
            m.put(parts[0], new SecretKeySpec(key, "AES"));
        }
        if (m.isEmpty()) {
            throw new IllegalStateException(file + " holds no master key");
        }
        return m;
    }

    private void write(Map<String, SecretKey> m) throws IOException {
        StringBuilder text =
                new StringBuilder("# SeedPrint master keys (id:base64 AES-256); the last line is current\n");
        m.forEach((id, k) -> text.append(id)
                .append(':')
                .append(Base64.getEncoder().encodeToString(k.getEncoded()))
                .append('\n'));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "master", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
