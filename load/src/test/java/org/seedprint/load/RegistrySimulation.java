package org.seedprint.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The registry under 50 concurrent clients per scenario (docs/performance.md, "Registry under
 * load"): variety search, match by stored profile, match by upload and deposits, each with one
 * token shared by all clients and with one token per client (search also without a token).
 *
 * <p>{@code full} (./seedprint load) runs a warm-up, then each phase alone for a fixed time, one
 * after the other, and writes {@code target/load-summary.md}. {@code smoke} (./seedprint test)
 * runs every phase at once with 2 clients for 10 s: it asserts zero errors, never a timing.
 */
public final class RegistrySimulation extends Simulation {

    enum Kind {
        SEARCH("variety search"),
        MATCH_STORED("match by stored profile"),
        MATCH_UPLOAD("match by upload"),
        DEPOSIT("deposit");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    enum Tokens {
        NONE("no token"),
        SHARED("one shared token"),
        PER_CLIENT("one token per client");

        final String label;

        Tokens(String label) {
            this.label = label;
        }
    }

    /** What the clients need from the started registry. */
    record Fixtures(
            List<String> searchTerms,
            List<byte[]> queryFiles,
            long ricePanel,
            List<Long> profileIds,
            List<String> examinerTokens,
            List<String> breederTokens,
            String depositTemplate) {}

    private final boolean full = !"smoke".equals(System.getProperty("seedprint.load.mode", "smoke"));
    private final int seconds = setting("seedprint.load.seconds", full ? 30 : 10);
    private final int clients = setting("seedprint.load.clients", full ? 50 : 2);
    private final int warmUp = setting("seedprint.load.warmup", full ? 20 : 0);
    /** Only the phases whose name contains this (e.g. "variety search, one shared"), for profiling. */
    private final String only = System.getProperty("seedprint.load.only", "");

    private final Path target = Path.of(System.getProperty("seedprint.load.target", "target"));
    private final Path data = Path.of(System.getProperty("seedprint.load.data", "../data"));
    private final RegistryUnderLoad registry;
    private final CpuMeter cpu;
    private final List<Phase> phases = new ArrayList<>();
    private volatile Fixtures fixtures;

    public RegistrySimulation() throws IOException {
        registry = new RegistryUnderLoad(
                Path.of(System.getProperty("seedprint.load.registry-jar", "../registry/target/seedprint-registry.jar")),
                data.toAbsolutePath().normalize(),
                target.resolve("registry-run"),
                setting("seedprint.load.port", 0),
                Arrays.stream(System.getProperty("seedprint.load.registry-jvm-args", "")
                                .trim()
                                .split("\\s+"))
                        .filter(a -> !a.isEmpty())
                        .toList());
        cpu = new CpuMeter(registry);
        HttpProtocolBuilder protocol = http.baseUrl(registry.baseUrl())
                .disableWarmUp() // its default warm-up request goes to a host on the internet
                .disableCaching()
                .acceptHeader("application/json")
                .userAgentHeader("seedprint-load");

        List<PopulationBuilder> measured = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Tokens tokens : Tokens.values()) {
                if (tokens == Tokens.NONE && kind != Kind.SEARCH) continue; // only search is public
                String name = kind.label + ", " + tokens.label;
                if (!name.contains(only)) continue;
                Phase phase = new Phase(name, clients, cpu);
                phases.add(phase);
                measured.add(scenario(phase.name)
                        .exec(session -> session.set("token", token(kind, tokens, phase.join())))
                        .during(Duration.ofSeconds(seconds))
                        .on(measuredCall(kind, tokens, phase))
                        .exec(session -> {
                            phase.leave();
                            return session;
                        })
                        .injectOpen(atOnceUsers(clients)));
            }
        }
        List<PopulationBuilder> population = new ArrayList<>();
        if (full) {
            // Each phase alone, one after the other, after a warm-up of all four kinds at once.
            PopulationBuilder chain = measured.getLast();
            for (int i = measured.size() - 2; i >= 0; i--)
                chain = measured.get(i).andThen(chain);
            if (warmUp > 0) {
                List<PopulationBuilder> warm = Arrays.stream(Kind.values())
                        .map(kind -> scenario("warm-up, " + kind.label)
                                .exec(session -> session.set("token", token(kind, Tokens.SHARED, 0)))
                                .during(Duration.ofSeconds(warmUp))
                                .on(exec(call(kind, "warm-up, " + kind.label, true)))
                                .injectOpen(atOnceUsers(Math.max(1, clients / 4))))
                        .toList();
                population.add(warm.getFirst().andThen(chain));
                population.addAll(warm.subList(1, warm.size()));
            } else {
                population.add(chain);
            }
        } else {
            population.addAll(measured);
        }
        setUp(population)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        try {
            registry.start();
            List<String> examiner = registry.tokens("examiner", clients + 1);
            List<String> breeder = registry.tokens("breeder", clients + 1);
            long ricePanel = registry.panelId("OsMNP-demo");
            List<Long> profiles = new ArrayList<>(registry.profileIds(ricePanel, examiner.getFirst()));
            profiles.addAll(registry.profileIds(registry.panelId("maize282-hapmap-windows"), examiner.getFirst()));
            fixtures = new Fixtures(
                    LoadData.searchTerms(data),
                    LoadData.queryFiles(data, 50),
                    ricePanel,
                    profiles,
                    examiner,
                    breeder,
                    LoadData.depositTemplate());
        } catch (IOException e) {
            registry.close();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            registry.close();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void after() {
        registry.close();
        StringBuilder summary = new StringBuilder()
                .append("Registry under load, ")
                .append(full ? "full" : "smoke")
                .append(" run of ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; registry JVM options: ")
                .append(
                        System.getProperty("seedprint.load.registry-jvm-args", "")
                                        .isBlank()
                                ? "none"
                                : "given")
                .append("\n\n")
                .append(Phase.header());
        phases.forEach(p -> summary.append(p.row()));
        System.out.println(summary);
        try {
            Files.writeString(target.resolve("load-summary-" + (full ? "full" : "smoke") + ".md"), summary, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One call, its response time recorded in the phase (or counted as an error). */
    private ChainBuilder measuredCall(Kind kind, Tokens tokens, Phase phase) {
        return exec(call(kind, phase.name, tokens != Tokens.NONE)).exec(session -> {
            if (session.isFailed() || !session.contains("rt")) {
                phase.error();
            } else {
                phase.record(session.getInt("rt"));
            }
            return session.remove("rt").markAsSucceeded();
        });
    }

    private HttpRequestActionBuilder call(Kind kind, String name, boolean authorised) {
        return switch (kind) {
            case SEARCH -> {
                var search =
                        http(name).get("/api/v1/varieties").queryParam("q", session -> pick(fixtures.searchTerms()));
                yield (authorised ? search.header("Authorization", RegistrySimulation::bearer) : search)
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200), substring("\"items\""));
            }
            case MATCH_STORED ->
                http(name)
                        .post("/api/v1/matches")
                        .header("Authorization", RegistrySimulation::bearer)
                        .header("Content-Type", "application/json")
                        .body(StringBody(session -> "{\"profileId\":" + pick(fixtures.profileIds()) + ",\"top\":10}"))
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200), substring("\"hits\""));
            case MATCH_UPLOAD ->
                http(name)
                        .post("/api/v1/matches")
                        .header("Authorization", RegistrySimulation::bearer)
                        .bodyPart(StringBodyPart("panelId", session -> Long.toString(fixtures.ricePanel())))
                        .bodyPart(ByteArrayBodyPart("file", session -> pick(fixtures.queryFiles()))
                                .fileName("query.tsv")
                                .contentType("text/tab-separated-values"))
                        .asMultipartForm()
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200), substring("\"hits\""));
            case DEPOSIT ->
                http(name)
                        .post("/api/v1/deposits")
                        .header("Authorization", RegistrySimulation::bearer)
                        .header("Content-Type", "application/json")
                        .body(StringBody(session -> fixtures.depositTemplate()
                                .formatted("L" + UUID.randomUUID().toString().substring(0, 12))))
                        .check(responseTimeInMillis().saveAs("rt"), status().is(201));
        };
    }

    /** The client's token: none, the first of the role's list, or one of its own. */
    private String token(Kind kind, Tokens tokens, int client) {
        List<String> list = kind == Kind.DEPOSIT ? fixtures.breederTokens() : fixtures.examinerTokens();
        return switch (tokens) {
            case NONE -> "";
            case SHARED -> list.getFirst();
            case PER_CLIENT -> list.get(1 + client % (list.size() - 1));
        };
    }

    private static String bearer(Session session) {
        return "Bearer " + session.getString("token");
    }

    private static <T> T pick(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    /** A number from the command line (the pom passes an empty value when none was given). */
    private static int setting(String name, int fallback) {
        String value = System.getProperty(name, "").trim();
        return value.isEmpty() ? fallback : Integer.parseInt(value);
    }
}
