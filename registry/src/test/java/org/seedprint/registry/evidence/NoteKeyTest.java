package org.seedprint.registry.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Go golang.org/x/mod/sumdb/note "PeterNeumann" known answer, and checkpoints on top of it. */
class NoteKeyTest {

    static final String VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String TEXT = """
            If you think cryptography is the answer to your problem,
            then you don't know what your problem is.
            """;
    static final String SIGNED = TEXT + "\n"
            + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void signsTheGoKnownAnswerByteForByte() {
        NoteKey signer = NoteKey.parseSignerKey(SKEY);
        assertThat(signer.keyIdHex()).isEqualTo("c74f20a3");
        assertThat(signer.verifierKey()).isEqualTo(VKEY);
        assertThat(signer.sign(TEXT)).isEqualTo(SIGNED);
    }

    @Test
    void verifiesTheGoNoteAndRejectsAnyChange() {
        NoteKey verifier = NoteKey.parseVerifierKey(VKEY);
        assertThat(verifier.open(SIGNED)).isEqualTo(TEXT);
        assertThatThrownBy(() -> verifier.open(SIGNED.replace("cryptography", "cryptographY")))
                .isInstanceOf(ProofException.class)
                .hasMessageContaining("does not verify");
        assertThatThrownBy(() -> verifier.open(SIGNED.replace("x08go", "x08gp")))
                .isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> NoteKey.parseVerifierKey(VKEY.replace("c74f20a3", "c74f20a4")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signedCheckpointRoundTrips() {
        NoteKey key = NoteKey.fromSeed("seedprint.test", new byte[32]);
        Checkpoint cp = new Checkpoint("seedprint.test/log", 7, Merkle.leafHash("x".getBytes(UTF_8)));
        String note = key.sign(cp.body());
        assertThat(Checkpoint.parse(key.open(note))).isEqualTo(cp);
        String[] lines = note.split("\n");
        assertThat(lines[0]).isEqualTo("seedprint.test/log");
        assertThat(lines[1]).isEqualTo("7");
        assertThat(lines[3]).isEmpty();
        assertThat(lines[4]).startsWith("\u2014 seedprint.test ");
        assertThatThrownBy(() -> key.open(note.replace("\n7\n", "\n8\n"))).isInstanceOf(ProofException.class);
    }
}
