package org.seedprint.registry.deposits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.evidence.Checkpoint;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.evidence.Merkle;
import org.seedprint.registry.evidence.NoteKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 in the middle of a stream of concurrent deposits, of the JVM alone and then of the JVM
 * and PostgreSQL together: after each restart every acknowledged deposit is there, its inclusion
 * proof verifies, and the tree is consistent with every checkpoint that was published before.
 */
class CrashRecoveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 6;

    @TempDir
    Path dir;

    record Acknowledged(String id, String sha256, long index) {}

    @Test
    void everyAcknowledgedDepositSurvivesAKillDashNine() throws Exception {
        try (RegistryProcess registry = new RegistryProcess(dir)) {
            registry.start();
            String token = registry.breederToken();
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
            List<String> checkpointsSeen = java.util.Collections.synchronizedList(new ArrayList<>());

            // First the JVM alone (its PostgreSQL is orphaned mid-transaction), then the JVM and
            // PostgreSQL together (the database recovers from its write-ahead log).
            burstThenKill(registry, http, token, acknowledged, checkpointsSeen, registry::kill);
            registry.start();
            verify(registry, http, acknowledged, checkpointsSeen);
            burstThenKill(registry, http, token, acknowledged, checkpointsSeen, registry::killWithDatabase);
            registry.start();
            long latestSize = verify(registry, http, acknowledged, checkpointsSeen);

            // The operator's audit command recomputes everything from the rows the crash left.
            registry.stop();
            var audit = registry.evidence("audit");
            assertThat(audit.output()).contains("consistent: " + latestSize + " log entries");
            assertThat(audit.exit()).as(audit.output()).isZero();
        }
    }

    interface Kill {
        void now() throws InterruptedException;
    }

    /** Concurrent deposits and checkpoint reads until 80 more are acknowledged, then the kill. */
    private static void burstThenKill(
            RegistryProcess registry,
            HttpClient http,
            String token,
            Map<String, Acknowledged> acknowledged,
            List<String> checkpointsSeen,
            Kill kill)
            throws Exception {
        int target = acknowledged.size() + 80;
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                while (!killed.get()) {
                    String name = "Crash" + UUID.randomUUID().toString().substring(0, 8);
                    try {
                        var r = http.send(
                                HttpRequest.newBuilder(URI.create(registry.baseUrl() + "/api/v1/deposits"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                DepositFixtures.json("OPEN", name, "crash stream")))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            JsonNode d = JSON.readTree(r.body());
                            acknowledged.put(
                                    d.get("id").asString(),
                                    new Acknowledged(
                                            d.get("id").asString(),
                                            d.get("sha256").asString(),
                                            d.get("logIndex").asLong()));
                        } else if (!killed.get()) {
                            throw new AssertionError("deposit refused: " + r.statusCode() + " " + r.body());
                        }
                    } catch (java.io.IOException dropped) {
                        // the connection died with the process: not acknowledged
                    }
                }
                return null;
            }));
        }
        running.add(clients.submit(() -> {
            while (!killed.get()) {
                try {
                    var r = http.send(
                            HttpRequest.newBuilder(URI.create(registry.baseUrl() + "/api/v1/log/checkpoint"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) checkpointsSeen.add(r.body());
                } catch (java.io.IOException dropped) {
                    // killed
                }
                Thread.sleep(50);
            }
            return null;
        }));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        kill.now();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> client : running) {
            client.get(); // a client that failed other than by the kill fails the test
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(target - 30);
        assertThat(checkpointsSeen).isNotEmpty();
    }

    /**
     * After a restart: every acknowledged deposit is there with its digest and log index, its
     * inclusion proof verifies, and every checkpoint seen before is consistent with the latest.
     * Returns the latest tree size.
     */
    private static long verify(
            RegistryProcess registry,
            HttpClient http,
            Map<String, Acknowledged> acknowledged,
            List<String> checkpointsSeen)
            throws Exception {
        NoteKey logKey = NoteKey.parseVerifierKey(
                get(http, registry.baseUrl() + "/api/v1/log/key").trim());
        Checkpoint latest = Checkpoint.parse(logKey.open(get(http, registry.baseUrl() + "/api/v1/log/checkpoint")));
        assertThat(latest.size()).isGreaterThanOrEqualTo(acknowledged.size());

        for (Acknowledged a : acknowledged.values()) {
            JsonNode d = JSON.readTree(get(http, registry.baseUrl() + "/api/v1/deposits/" + a.id()));
            assertThat(d.get("sha256").asString()).isEqualTo(a.sha256());
            assertThat(d.get("logIndex").asLong()).isEqualTo(a.index());
            JsonNode proof = JSON.readTree(get(
                    http,
                    registry.baseUrl() + "/api/v1/log/proof/inclusion?index=" + a.index() + "&treeSize="
                            + latest.size()));
            byte[] leaf = Merkle.leafHash(EvidenceDocuments.entry(
                    DepositService.KIND, UUID.fromString(a.id()), HexFormat.of().parseHex(a.sha256())));
            Merkle.verifyInclusion(a.index(), latest.size(), leaf, hashes(proof.get("proof")), latest.rootHash());
        }
        for (String note : checkpointsSeen) {
            Checkpoint before = Checkpoint.parse(logKey.open(note));
            assertThat(Checkpoint.parse(
                            logKey.open(get(http, registry.baseUrl() + "/api/v1/log/checkpoints/" + before.size()))))
                    .isEqualTo(before);
            JsonNode proof = JSON.readTree(get(
                    http,
                    registry.baseUrl() + "/api/v1/log/proof/consistency?first=" + before.size() + "&second="
                            + latest.size()));
            Merkle.verifyConsistency(
                    before.size(), latest.size(), before.rootHash(), latest.rootHash(), hashes(proof.get("proof")));
        }
        return latest.size();
    }

    private static List<byte[]> hashes(JsonNode list) {
        List<byte[]> out = new ArrayList<>();
        list.forEach(h -> out.add(Base64.getDecoder().decode(h.asString())));
        return out;
    }

    private static String get(HttpClient http, String url) throws Exception {
        var r = http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
