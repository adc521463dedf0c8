package org.seedprint.registry.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two witnesses (the registry jar's witness mode, in-process, on the ports the test profile
 * configures) cosign the log's checkpoints, the served checkpoint carries both cosignatures, and a
 * forked log (an entry rewritten and the tree re-signed with the log's own key) is refused by both.
 */
@RegistryIntegrationTest
class WitnessTest {

    /** The test profile's witness keys, computed independently (Python's cryptography package). */
    static final String KEY_A = "witness-a.test+e2ffd91c+BIqI4910CfGV/VLbLTy6XXLKZwm/HZQSG/N0iAG0D29c";

    static final String KEY_B = "witness-b.test+ecb74be4+BIE5dw6ofRdfVqNUZsNMfszLjYqRtO43ol32D1uPybOU";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TransparencyLog log;

    @Autowired
    Witnesses witnesses;

    @Autowired
    TransactionTemplate tx;

    @TempDir
    Path dir;

    WitnessServer a;
    WitnessServer b;

    @BeforeEach
    void startWitnesses() {
        a = start("witness-a.test", 1, 8691);
        b = start("witness-b.test", 2, 8692);
        append(3);
    }

    @AfterEach
    void stopWitnesses() {
        a.close(); // closing a stopped witness again is harmless
        b.close();
    }

    @Test
    void aQuorumCountsOnlyValidCosignaturesOfConfiguredWitnesses() {
        a.close();
        append(1);
        assertThat(witnesses.cosignLatest())
                .extracting(Witnesses.Outcome::cosigned)
                .containsExactly(false, true);
        String note = log.latest().orElseThrow().note();
        List<WitnessProperties.Endpoint> both = List.of(
                new WitnessProperties.Endpoint(URI.create("http://127.0.0.1:8691"), KEY_A),
                new WitnessProperties.Endpoint(URI.create("http://127.0.0.1:8692"), KEY_B));
        assertThat(new WitnessProperties(both, 1, Duration.ofSeconds(2)).requireQuorum(note))
                .containsExactly("witness-b.test");
        assertThatThrownBy(() -> new WitnessProperties(both, 2, Duration.ofSeconds(2)).requireQuorum(note))
                .isInstanceOf(ProofException.class)
                .hasMessageContaining("1 valid witness cosignatures, 2 are required");
        // a cosignature line that does not verify is a forgery, not a missing cosignature
        int sig = note.indexOf("\u2014 witness-b.test ") + "\u2014 witness-b.test ".length() + 20;
        String forged = note.substring(0, sig) + (note.charAt(sig) == 'A' ? 'B' : 'A') + note.substring(sig + 1);
        assertThatThrownBy(() -> new WitnessProperties(both, 0, Duration.ofSeconds(2)).requireQuorum(forged))
                .isInstanceOf(ProofException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void keysMatchTheIndependentlyComputedOnes() {
        assertThat(Cosigner.fromSeed("witness-a.test", seed(1)).verifierKey()).isEqualTo(KEY_A);
        assertThat(Cosigner.fromSeed("witness-b.test", seed(2)).verifierKey()).isEqualTo(KEY_B);
        // the plain Ed25519 vkey form (algorithm 0x01) that transparency-dev witnesses publish names the same key
        Cosigner plain =
                Cosigner.parseVerifierKey("witness-a.test+f38b63d3+AYqI4910CfGV/VLbLTy6XXLKZwm/HZQSG/N0iAG0D29c");
        assertThat(plain.verifierKey()).isEqualTo(KEY_A);
        assertThatThrownBy(() -> Cosigner.parseVerifierKey(
                        "witness-a.test+e2ffd91c+AYqI4910CfGV/VLbLTy6XXLKZwm/HZQSG/N0iAG0D29c"))
                .hasMessageContaining("does not match");
    }

    @Test
    void twoWitnessesCosignAndTheServedCheckpointCarriesBoth() throws Exception {
        assertThat(witnesses.cosignLatest())
                .allMatch(Witnesses.Outcome::cosigned)
                .hasSize(2);
        // a later tree goes to them with a consistency proof from the size they cosigned
        append(5);
        List<Witnesses.Outcome> second = witnesses.cosignLatest();
        assertThat(second).allMatch(Witnesses.Outcome::cosigned);

        String note = get("/api/v1/log/checkpoint").body();
        Checkpoint cp = Checkpoint.parse(log.verifierKey().open(note));
        assertThat(cp.size()).isEqualTo(second.getFirst().size());
        for (String key : List.of(KEY_A, KEY_B)) {
            assertThat(Cosigner.parseVerifierKey(key).verify(note)).isPresent();
        }
        assertThat(Files.readString(dir.resolve("witness-a.test.state"))).startsWith(cp.size() + " ");
    }

    @Test
    void aForkedLogIsRefusedByBothWitnesses() throws Exception {
        append(1);
        assertThat(witnesses.cosignLatest()).allMatch(Witnesses.Outcome::cosigned);
        long size = log.latest().orElseThrow().checkpoint().size();

        // the operator rewrites entry 1, re-signs a longer tree with the log's key and asks the witnesses
        List<byte[]> entries = new TileClient("http://localhost:" + port + "/api/v1/log")
                .read(size)
                .entries();
        MerkleTree forked = new MerkleTree();
        for (int i = 0; i < entries.size(); i++) {
            byte[] e =
                    i == 1 ? "deposit 00000000-0000-0000-0000-000000000000 sha256:00".getBytes(UTF_8) : entries.get(i);
            forked.append(Merkle.leafHash(e));
        }
        forked.append(Merkle.leafHash("report rewritten".getBytes(UTF_8)));
        String longer = signed(forked, size + 1);
        String sameSize = signed(forked, size);
        for (WitnessServer w : List.of(a, b)) {
            HttpResponse<String> r =
                    add(w, "old " + size + "\n" + lines(forked.consistencyProof(size, size + 1)) + "\n" + longer);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            assertThat(add(w, "old " + size + "\n\n" + sameSize).statusCode()).isEqualTo(422);
        }
        // the witnesses kept the honest tree: the real log goes on being cosigned
        append(1);
        assertThat(witnesses.cosignLatest()).allMatch(Witnesses.Outcome::cosigned);
    }

    @Test
    void theProtocolsOtherRefusals() throws Exception {
        assertThat(witnesses.cosignLatest()).allMatch(Witnesses.Outcome::cosigned);
        SignedCheckpoint latest = log.latest().orElseThrow();
        long size = latest.checkpoint().size();
        HttpResponse<String> stale = add(a, "old 0\n\n" + latest.note());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("text/x.tlog.size");
        assertThat(stale.body()).isEqualTo(size + "\n");
        assertThat(add(a, "old " + (size + 1) + "\n\n" + latest.note()).statusCode())
                .isEqualTo(400);
        assertThat(add(a, "old x\n\n" + latest.note()).statusCode()).isEqualTo(400);
        // another key under the log's name: no signature the witness trusts
        NoteKey impostor = NoteKey.fromSeed(log.verifierKey().name(), seed(9));
        assertThat(add(
                                a,
                                "old " + size + "\n\n"
                                        + impostor.sign(latest.checkpoint().body()))
                        .statusCode())
                .isEqualTo(403);
        Checkpoint other = new Checkpoint("other.example/log", 1, Merkle.leafHash(new byte[0]));
        assertThat(add(a, "old 0\n\n" + log.verifierKey().sign(other.body())).statusCode())
                .isEqualTo(404);
    }

    private WitnessServer start(String name, int seed, int port) {
        Witness w = WitnessCli.witness(
                Cosigner.fromSeed(name, seed(seed)),
                Map.of(log.origin(), NoteKey.parseVerifierKey(log.verifierKey().verifierKey())),
                dir.resolve(name + ".state"));
        return WitnessServer.start(w, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private void append(int n) {
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < n; i++) {
                String entry = "report " + UUID.randomUUID() + " sha256:"
                        + HexFormat.of().formatHex(new byte[32]);
                log.append("REPORT", entry.getBytes(UTF_8));
            }
        });
    }

    private String signed(MerkleTree tree, long size) {
        return log.verifierKey().sign(new Checkpoint(log.origin(), size, tree.root(size)).body());
    }

    private static String lines(List<byte[]> proof) {
        StringBuilder s = new StringBuilder();
        proof.forEach(h -> s.append(Base64.getEncoder().encodeToString(h)).append('\n'));
        return s.toString();
    }

    private HttpResponse<String> add(WitnessServer w, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port() + "/add-checkpoint"))
                        .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static byte[] seed(int b) {
        byte[] s = new byte[32];
        Arrays.fill(s, (byte) b);
        return s;
    }
}
