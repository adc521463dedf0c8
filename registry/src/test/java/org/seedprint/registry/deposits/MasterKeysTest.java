package org.seedprint.registry.deposits;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** All AES-GCM of sealed deposits is in MasterKeys: fresh random nonces now, and rows sealed before still open. */
class MasterKeysTest {

    @TempDir
    Path dir;

    @Test
    void attachmentsSealedNowAndBeforeBothOpen() throws Exception {
        MasterKeys keys = new MasterKeys(new DepositProperties(dir.resolve("master.keys"), DataSize.ofMegabytes(1), 5));
        byte[] dataKey = keys.newDataKey();
        String aad = MasterKeys.attachmentAad(UUID.randomUUID(), 0);
        byte[] plain = "crossing plan, secret\n".getBytes(UTF_8);

        MasterKeys.SealedStream now = keys.sealAttachment(dataKey, new ByteArrayInputStream(plain), aad);
        byte[] sealedNow = now.ciphertext().readAllBytes();
        assertThat(now.nonce()).hasSize(12);
        assertThat(Arrays.equals(now.nonce(), Arrays.copyOf(dataKey, 12))).isFalse();
        assertThat(keys.openAttachment(dataKey, now.nonce(), sealedNow, aad)).isEqualTo(plain);
        MasterKeys.SealedStream again = keys.sealAttachment(dataKey, new ByteArrayInputStream(plain), aad);
        assertThat(again.nonce()).as("a fresh nonce each time").isNotEqualTo(now.nonce());

        // The rule before: the nonce was the first 12 bytes of a fresh 32-byte random value, stored in the row.
        byte[] oldNonce = Arrays.copyOf(keys.newDataKey(), 12);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(128, oldNonce));
        c.updateAAD(aad.getBytes(UTF_8));
        byte[] sealedBefore = c.doFinal(plain);
        assertThat(keys.openAttachment(dataKey, oldNonce, sealedBefore, aad)).isEqualTo(plain);

        assertThatThrownBy(() -> keys.openAttachment(dataKey, oldNonce, sealedBefore, aad + "x"))
                .as("bound to its deposit and ordinal")
                .isInstanceOf(IllegalStateException.class);
    }
}
