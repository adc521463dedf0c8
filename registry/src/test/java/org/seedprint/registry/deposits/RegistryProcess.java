package org.seedprint.registry.deposits;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The registry as a separate JVM on its own data directory and port, as an operator runs it. */
public final class RegistryProcess implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    public RegistryProcess(Path dir) throws IOException {
        this.dir = dir;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * A personal access token of the demo breeder, through the web sign-in (session and CSRF)
     * and the token endpoint, as a user gets one. Needs a started registry.
     */
    String breederToken() throws IOException, InterruptedException {
        return token("breeder");
    }

    /** The same for another demo user (e.g. "examiner", who may import). */
    public String token(String username) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        String csrf = csrf(browser);
        var login = browser.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=demo-password&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("demo sign-in failed: " + login.statusCode() + " "
                    + login.headers().map());
        }
        var created = browser.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/tokens"))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", csrf(browser))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash-test\",\"days\":1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        if (created.statusCode() != 201 || !m.find()) {
            throw new IOException("token not created: " + created.statusCode() + " " + created.body());
        }
        return m.group(1);
    }

    private String csrf(HttpClient browser) throws IOException, InterruptedException {
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IOException("no CSRF token on the sign-in page: " + page);
        }
        return m.group(1);
    }

    public void start() throws IOException, InterruptedException {
        List<String> command = command();
        command.add("--server.port=" + port);
        command.addAll(settings());
        starts++;
        Path log = dir.resolve("registry-" + starts + ".log");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // A hang guard, not a timing check: on a 2-core machine shared with other builds (load 30)
        // one start took over 180 s.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("registry exited during start-up:\n" + Files.readString(log));
            }
            try {
                var r = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("registry did not become healthy:\n" + Files.readString(log));
    }

    /** SIGTERM: Spring shuts down and stops its PostgreSQL. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Runs {@code evidence <args>} on the same data and keys; returns the exit code and output. */
    org.seedprint.registry.evidence.Tools.Result evidence(String... args) throws IOException, InterruptedException {
        List<String> command = command();
        command.add("evidence");
        command.addAll(List.of(args));
        command.addAll(settings());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("evidence " + String.join(" ", args) + " did not finish");
        }
        return new org.seedprint.registry.evidence.Tools.Result(p.exitValue(), out);
    }

    /** SIGKILL: no shutdown hook runs, the postmaster is orphaned mid-transaction. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGKILL of the JVM and, at once, of its PostgreSQL (postmaster and backends), as a power cut
     * would stop them; only what PostgreSQL had fsynced survives.
     */
    public void killWithDatabase() throws InterruptedException {
        Optional<ProcessHandle> postmaster = postmaster();
        process.destroyForcibly();
        postmaster.ifPresent(pm -> {
            pm.descendants().forEach(ProcessHandle::destroyForcibly);
            pm.destroyForcibly();
        });
        process.waitFor(30, TimeUnit.SECONDS);
        postmaster.ifPresent(pm -> pm.onExit().join());
    }

    private Optional<ProcessHandle> postmaster() {
        Path pid = dir.resolve("pgdata/postmaster.pid");
        try {
            return ProcessHandle.of(
                            Long.parseLong(Files.readAllLines(pid).getFirst().trim()))
                    .filter(h ->
                            h.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | RuntimeException notRunning) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        // After a kill without restart the postmaster would outlive the test: stop it too.
        postmaster().ifPresent(ProcessHandle::destroy);
    }

    private List<String> command() {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("--add-modules");
        c.add("jdk.incubator.vector");
        c.add("-Xmx384m");
        String pgBinaries = System.getProperty("ot.epg.working-dir");
        if (pgBinaries != null) {
            c.add("-Dot.epg.working-dir=" + pgBinaries);
        }
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add("org.seedprint.registry.RegistryApplication");
        return c;
    }

    private List<String> settings() {
        return List.of(
                "--seedprint.embedded-db.data-directory=" + dir.resolve("pgdata"),
                "--seedprint.evidence.key-store=" + dir.resolve("keys/evidence.p12"),
                "--seedprint.evidence.log-key-file=" + dir.resolve("keys/log-note.key"),
                "--seedprint.evidence.origin=crash.test/log",
                "--seedprint.deposits.master-key-file=" + dir.resolve("keys/master.keys"),
                "--seedprint.demo.enabled=true",
                // demo users only: no demo library to load
                "--seedprint.demo.data-directory=" + dir.resolve("no-demo-library"),
                "--spring.main.banner-mode=off");
    }
}
