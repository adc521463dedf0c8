package org.seedprint.registry.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sigstore.merkle.InclusionProofVerificationException;
import dev.sigstore.merkle.InclusionProofVerifier;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tlog-tiles read API followed by outside clients: the test's own {@link TileClient} (from
 * the spec) recomputes the root of the signed checkpoint from the tiles, and sigstore-java's
 * inclusion-proof verifier accepts the log's proofs against that root.
 */
@RegistryIntegrationTest
class TilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TransparencyLog log;

    @Autowired
    TransactionTemplate tx;

    TileClient client;

    @BeforeEach
    void logMoreThanTwoTiles() {
        client = new TileClient("http://localhost:" + port + "/api/v1/log");
        // past two full level-0 tiles, so the tree has a partial level-0 tile and a level-1 tile of width 2
        long size = log.latest().map(c -> c.checkpoint().size()).orElse(0L);
        tx.executeWithoutResult(s -> {
            for (long i = size; i < 2 * TileClient.WIDTH + 37; i++) {
                String entry = "report " + UUID.randomUUID() + " sha256:"
                        + HexFormat.of().formatHex(new byte[32]);
                log.append("REPORT", entry.getBytes(UTF_8));
            }
        });
    }

    @Test
    void theTilesRecomputeTheSignedRoot() throws Exception {
        String note = client.checkpoint();
        Checkpoint cp = Checkpoint.parse(log.verifierKey().open(note));
        TileClient.Tree tree = client.read(cp.size());
        assertThat(tree.root()).isEqualTo(cp.rootHash());
        assertThat(new String(tree.entries().getFirst(), UTF_8))
                .matches("(deposit|report) [0-9a-f-]{36} sha256:[0-9a-f]{64}");
        // an earlier checkpoint's partial tiles are served too, and recompute that checkpoint
        long earlier = cp.size() - 40;
        Checkpoint old = Checkpoint.parse(
                log.verifierKey().open(log.checkpoint(earlier).orElseThrow().note()));
        assertThat(client.read(earlier).root()).isEqualTo(old.rootHash());
    }

    @Test
    void sigstoreVerifiesTheLogsInclusionProofsAgainstTheTileRoot() throws Exception {
        Checkpoint cp = Checkpoint.parse(log.verifierKey().open(client.checkpoint()));
        TileClient.Tree tree = client.read(cp.size());
        for (long index : new long[] {0, 255, 256, cp.size() / 2, cp.size() - 1}) {
            JsonNode proof = JSON.readTree(client.get("proof/inclusion?index=" + index + "&treeSize=" + cp.size())
                    .body());
            List<byte[]> hashes = new ArrayList<>();
            proof.get("proof").forEach(h -> hashes.add(Base64.getDecoder().decode(h.asString())));
            byte[] leaf = tree.leafHashes().get(Math.toIntExact(index));
            InclusionProofVerifier.verify(leaf, index, cp.size(), hashes, tree.root());
            // and the verifier is not a rubber stamp: a flipped bit in one proof hash fails
            hashes.getFirst()[0] ^= 1;
            assertThatThrownBy(() -> InclusionProofVerifier.verify(leaf, index, cp.size(), hashes, tree.root()))
                    .isInstanceOf(InclusionProofVerificationException.class);
        }
    }

    @Test
    void tilesAreImmutableAndTheCheckpointIsNot() throws Exception {
        HttpResponse<byte[]> full = client.get("tile/0/000");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).hasSize(8192);
        assertThat(full.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(full.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable", "public");
        HttpResponse<byte[]> cp = client.get("checkpoint");
        assertThat(cp.headers().firstValue("Content-Type").orElseThrow())
                .isEqualToIgnoringCase("text/plain;charset=UTF-8");
        assertThat(cp.headers().firstValue("Cache-Control")).hasValue("max-age=5, public");
    }

    @Test
    void tilesBeyondTheTreeAreNotFoundAndOddSpellingsAreRefused() throws Exception {
        long size = log.latest().orElseThrow().checkpoint().size();
        assertThat(client.get(TileClient.tilePath("0", size / 256 + 1, 256)).statusCode())
                .isEqualTo(404);
        assertThat(client.get(TileClient.tilePath("entries", size / 256, 255)).statusCode())
                .isEqualTo(404);
        assertThat(client.get("tile/2/000").statusCode()).isEqualTo(404);
        for (String bad : List.of(
                "tile/00/000",
                "tile/64/000",
                "tile/0/0",
                "tile/0/x000/001",
                "tile/0/000.p/0",
                "tile/0/000.p/256",
                "tile/0/000.p/01",
                "tile/0/001/002",
                "tile/first/000")) {
            HttpResponse<byte[]> r = client.get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(new String(r.body(), UTF_8)).as(bad).containsPattern("\"field\":\"(level|index|width)\"");
        }
    }
}
