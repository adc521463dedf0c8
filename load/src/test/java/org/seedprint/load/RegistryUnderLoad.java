package org.seedprint.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The registry jar as its own process, as an operator runs it: embedded PostgreSQL with fsync
 * and synchronous commit on (the registry's default), a fresh data directory, the demo library
 * loaded at first start. Also what the load needs from it: tokens, profile ids, panel ids.
 */
final class RegistryUnderLoad implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Path jar;
    private final Path dataFiles;
    private final Path dir;
    private final int port;
    private final List<String> jvmArgs;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    RegistryUnderLoad(Path jar, Path dataFiles, Path dir, int port, List<String> jvmArgs) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no registry jar at " + jar
                    + ": build it first (./mvnw -B -pl registry -am package -DskipTests, or ./seedprint load)");
        }
        this.jar = jar;
        this.dataFiles = dataFiles;
        this.dir = dir;
        this.port = port == 0 ? freePort() : port;
        this.jvmArgs = jvmArgs;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Path directory() {
        return dir;
    }

    /** Starts on an empty data directory and returns once the demo library is loaded. */
    void start() throws IOException, InterruptedException {
        deleteTree(dir);
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-modules");
        command.add("jdk.incubator.vector");
        command.add("-Xmx1g");
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--seedprint.demo.enabled=true");
        command.add("--seedprint.demo.data-directory=" + dataFiles);
        command.add("--spring.main.banner-mode=off");
        // Working directory = the run's directory: var/pgdata, var/search, var/evidence land there.
        Path log = dir.resolve("registry.log");
        process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("registry exited during start-up; see " + log);
            }
            // Readiness turns UP after the ApplicationReadyEvent listeners, the demo loader among them.
            if (answers("/actuator/health/readiness", "\"UP\"")) {
                String panels = get("/api/v1/panels", null);
                if (!panels.contains("\"totalItems\":2")) {
                    throw new IOException("the demo library did not load (panels: " + panels + "); see " + log);
                }
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException("registry not ready after " + START_TIMEOUT + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** The embedded PostgreSQL server process, once started. */
    Optional<ProcessHandle> postmaster() {
        Path pidFile = dir.resolve("var/pgdata/postmaster.pid");
        try {
            return ProcessHandle.of(
                    Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code count} tokens of a demo user (password {@code demo-password}), through the web sign-in. */
    List<String> tokens(String username, int count) throws IOException, InterruptedException {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = browser.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=demo-password&_csrf=" + csrf(browser)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("sign-in of " + username + " failed: " + login.statusCode());
        }
        String csrf = csrf(browser);
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var created = browser.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/tokens"))
                            .header("Content-Type", "application/json")
                            .header("X-CSRF-TOKEN", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load-" + i + "\",\"days\":1}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
            if (created.statusCode() != 201 || !m.find()) {
                throw new IOException("token not created: " + created.statusCode() + " " + created.body());
            }
            secrets.add(m.group(1));
        }
        return secrets;
    }

    /** Id of the panel with this name. */
    long panelId(String name) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("\"id\":(\\d+),\"cropCode\":\"[^\"]+\",\"name\":\"" + Pattern.quote(name) + "\"")
                .matcher(get("/api/v1/panels", null));
        if (!m.find()) throw new IOException("no panel " + name);
        return Long.parseLong(m.group(1));
    }

    /**
     * Every stored profile id of a panel: a stored-profile match of one of them with top 1000
     * lists the panel's whole library. The first is found by asking ids 1, 2, ...
     */
    List<Long> profileIds(long panelId, String examinerToken) throws IOException, InterruptedException {
        for (long id = 1; id < 5_000; id++) {
            String profile = get("/api/v1/profiles/" + id, examinerToken);
            if (profile.contains("\"panel\":{\"id\":" + panelId + ",")) {
                String result = post("/api/v1/matches", examinerToken, "{\"profileId\":" + id + ",\"top\":1000}");
                List<Long> ids = new ArrayList<>();
                Matcher m = Pattern.compile("\"profileId\":(\\d+)").matcher(result);
                while (m.find()) ids.add(Long.parseLong(m.group(1)));
                return ids;
            }
        }
        throw new IOException("no profile of panel " + panelId);
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) return;
        process.destroy(); // SIGTERM: Spring stops its PostgreSQL
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        postmaster().ifPresent(ProcessHandle::destroy);
    }

    private boolean answers(String path, String expected) {
        try {
            var r = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains(expected);
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String get(String path, String token) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8)).body();
    }

    private String post(String path, String token, String json) throws IOException, InterruptedException {
        var r = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        if (r.statusCode() != 200) throw new IOException(path + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    private String csrf(HttpClient browser) throws IOException, InterruptedException {
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) throw new IOException("no CSRF token on the sign-in page");
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
