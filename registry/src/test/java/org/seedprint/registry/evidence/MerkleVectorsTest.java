package org.seedprint.registry.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published transparency-dev/merkle and RFC 6962 vectors, good and bad proofs alike. */
class MerkleVectorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    @TestFactory
    Stream<DynamicTest> inclusionVectors() throws Exception {
        return vectorFiles("inclusion")
                .map(file -> dynamicTest(name(file), () -> {
                    JsonNode v = JSON.readTree(file.toFile());
                    Runnable check = () -> Merkle.verifyInclusion(
                            uint64(v.get("leafIdx")),
                            uint64(v.get("treeSize")),
                            b64(v.get("leafHash")),
                            b64List(v.get("proof")),
                            b64(v.get("root")));
                    expect(check, v);
                }));
    }

    @TestFactory
    Stream<DynamicTest> consistencyVectors() throws Exception {
        return vectorFiles("consistency")
                .map(file -> dynamicTest(name(file), () -> {
                    JsonNode v = JSON.readTree(file.toFile());
                    Runnable check = () -> Merkle.verifyConsistency(
                            uint64(v.get("size1")),
                            uint64(v.get("size2")),
                            b64(v.get("root1")),
                            b64(v.get("root2")),
                            b64List(v.get("proof")));
                    expect(check, v);
                }));
    }

    @Test
    void vectorSetIsComplete() throws Exception {
        assertThat(vectorFiles("inclusion").count()).isGreaterThan(90);
        assertThat(vectorFiles("consistency").count()).isGreaterThan(90);
    }

    @Test
    void rfc6962HasherKnownAnswers() throws Exception {
        JsonNode kat = rfc6962().get("hasher_kats");
        assertThat(HEX.formatHex(Merkle.emptyRoot()))
                .isEqualTo(kat.get("empty_tree_root").asString());
        assertThat(HEX.formatHex(Merkle.leafHash(new byte[0])))
                .isEqualTo(kat.get("leaf_hash_of_empty_input").asString());
        assertThat(HEX.formatHex(Merkle.leafHash("L123456".getBytes(UTF_8))))
                .isEqualTo(kat.get("leaf_hash_of_ascii_L123456").asString());
        assertThat(HEX.formatHex(Merkle.nodeHash("N123".getBytes(UTF_8), "N456".getBytes(UTF_8))))
                .isEqualTo(kat.get("node_hash_of_ascii_N123_N456").asString());
    }

    @Test
    void rfc6962RootsAndProofsAreReproducedAndVerify() throws Exception {
        JsonNode v = rfc6962();
        MerkleTree tree = new MerkleTree();
        for (JsonNode leaf : v.get("leaves_hex")) {
            tree.append(Merkle.leafHash(HEX.parseHex(leaf.asString())));
        }
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.root(size)))
                    .as("root of size %d", size)
                    .isEqualTo(v.get("roots_by_tree_size")
                            .get(String.valueOf(size))
                            .asString());
        }
        for (JsonNode p : v.get("inclusion_proofs")) {
            long index = p.get("leaf_index").asLong();
            long size = p.get("tree_size").asLong();
            List<byte[]> proof = tree.inclusionProof(index, size);
            assertThat(proof.stream().map(HEX::formatHex).toList()).isEqualTo(hexList(p.get("proof")));
            Merkle.verifyInclusion(index, size, tree.leafHash(index), proof, tree.root(size));
        }
        for (JsonNode p : v.get("consistency_proofs")) {
            long m = p.get("size1").asLong();
            long n = p.get("size2").asLong();
            List<byte[]> proof = tree.consistencyProof(m, n);
            assertThat(proof.stream().map(HEX::formatHex).toList()).isEqualTo(hexList(p.get("proof")));
            Merkle.verifyConsistency(m, n, tree.root(m), tree.root(n), proof);
        }
    }

    @Test
    void everyProofOfATreeOfSeventyLeavesVerifiesAndAWrongRootDoesNot() {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < 70; i++) {
            tree.append(Merkle.leafHash(new byte[] {(byte) i}));
        }
        byte[] wrong = Merkle.leafHash("wrong".getBytes(UTF_8));
        for (long n = 1; n <= 70; n++) {
            for (long i = 0; i < n; i++) {
                Merkle.verifyInclusion(i, n, tree.leafHash(i), tree.inclusionProof(i, n), tree.root(n));
            }
            for (long m = 1; m <= n; m++) {
                Merkle.verifyConsistency(m, n, tree.root(m), tree.root(n), tree.consistencyProof(m, n));
            }
            long size = n;
            assertThatThrownBy(() ->
                            Merkle.verifyInclusion(0, size, tree.leafHash(0), tree.inclusionProof(0, size), wrong))
                    .isInstanceOf(ProofException.class);
        }
        tree.truncate(5);
        assertThat(tree.size()).isEqualTo(5);
        tree.append(Merkle.leafHash(new byte[] {5}));
        MerkleTree fresh = new MerkleTree();
        for (int i = 0; i < 6; i++) {
            fresh.append(Merkle.leafHash(new byte[] {(byte) i}));
        }
        assertThat(tree.root(6)).isEqualTo(fresh.root(6));
    }

    private static void expect(Runnable check, JsonNode v) {
        if (v.get("wantErr").asBoolean()) {
            assertThatThrownBy(check::run).as(v.get("desc").asString()).isInstanceOf(ProofException.class);
        } else {
            check.run();
        }
    }

    private static Stream<Path> vectorFiles(String kind) throws IOException, URISyntaxException {
        Path dir = Path.of(
                MerkleVectorsTest.class.getResource("/evidence-vectors/" + kind).toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    private static String name(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    private static JsonNode rfc6962() throws Exception {
        return JSON.readTree(
                MerkleVectorsTest.class.getResourceAsStream("/evidence-vectors/compact_vectors_rfc6962.json"));
    }

    /** Go's uint64 fields: values above Long.MAX_VALUE wrap to negative, which every check rejects. */
    private static long uint64(JsonNode n) {
        return n.bigIntegerValue().longValue();
    }

    private static byte[] b64(JsonNode n) {
        return n == null || n.isNull() ? new byte[0] : Base64.getDecoder().decode(n.asString());
    }

    private static List<byte[]> b64List(JsonNode n) {
        List<byte[]> out = new ArrayList<>();
        if (n != null && !n.isNull()) {
            n.forEach(e -> out.add(b64(e)));
        }
        return out;
    }

    private static List<String> hexList(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(e -> out.add(e.asString()));
        return out;
    }
}
