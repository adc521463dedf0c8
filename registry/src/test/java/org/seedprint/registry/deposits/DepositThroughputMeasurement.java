package org.seedprint.registry.deposits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deposit throughput of a registry process as operators run it (fsync and synchronous commit on):
 * HTTP, canonical JSON, RFC 3161 token, log append with its signed checkpoint, commit. A
 * measurement, not a test: it asserts nothing and runs only with -Dseedprint.measure=true
 * (see docs/performance.md, "Evidence"). Not JMH because the unit is a whole server round trip.
 */
@EnabledIfSystemProperty(named = "seedprint.measure", matches = "true")
class DepositThroughputMeasurement {

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        int seconds = Integer.getInteger("seedprint.measure.seconds", 20);
        StringBuilder report = new StringBuilder("clients\tdeposits\tseconds\tdeposits/s\tp50 ms\tp95 ms\n");
        try (RegistryProcess registry = new RegistryProcess(dir)) {
            registry.start();
            String token = registry.breederToken();
            HttpClient http = HttpClient.newHttpClient();
            run(registry, http, token, 4, 5); // warm-up
            for (int clients : new int[] {1, 4, 16}) {
                List<Long> latencies = run(registry, http, token, clients, seconds);
                Collections.sort(latencies);
                report.append(clients)
                        .append('\t')
                        .append(latencies.size())
                        .append('\t')
                        .append(seconds)
                        .append('\t')
                        .append(String.format("%.1f", latencies.size() / (double) seconds))
                        .append('\t')
                        .append(latencies.get(latencies.size() / 2) / 1_000_000)
                        .append('\t')
                        .append(latencies.get(latencies.size() * 95 / 100) / 1_000_000)
                        .append('\n');
            }
        }
        System.out.println(report);
        Files.writeString(Path.of("target/deposit-throughput.tsv"), report);
    }

    private static List<Long> run(RegistryProcess registry, HttpClient http, String token, int clients, int seconds)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            Future<?> unused = pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    var r = http.send(
                            HttpRequest.newBuilder(URI.create(registry.baseUrl() + "/api/v1/deposits"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(DepositFixtures.json(
                                            "OPEN",
                                            "Perf"
                                                    + UUID.randomUUID()
                                                            .toString()
                                                            .substring(0, 8),
                                            "throughput")))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("deposit answered " + r.statusCode());
                    }
                    if (System.nanoTime() < end) {
                        latencies.add(System.nanoTime() - t0);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return latencies;
    }
}
