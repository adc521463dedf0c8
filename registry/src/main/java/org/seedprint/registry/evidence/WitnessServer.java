package org.seedprint.registry.evidence;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The witness's HTTP face, {@code POST /add-checkpoint} of C2SP tlog-witness, on the JDK's own
 * HTTP server: a witness runs on a court's machine with nothing but the registry jar, a key file
 * and a state file (no database, no Spring).
 */
final class WitnessServer implements AutoCloseable {

    /** A checkpoint with a few signatures and at most 63 proof lines is far smaller. */
    private static final int MAX_BODY = 64 * 1024;

    private final HttpServer http;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    private WitnessServer(HttpServer http) {
        this.http = http;
    }

    public static WitnessServer start(Witness witness, InetSocketAddress address) {
        try {
            HttpServer http = HttpServer.create(address, 0);
            WitnessServer server = new WitnessServer(http);
            http.createContext("/add-checkpoint", exchange -> server.handle(witness, exchange));
            http.setExecutor(server.threads);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("witness on " + address, e);
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private void handle(Witness witness, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")
                    || !exchange.getRequestURI().getPath().equals("/add-checkpoint")) {
                reply(
                        exchange,
                        exchange.getRequestMethod().equals("POST") ? 404 : 405,
                        "text/plain",
                        "POST /add-checkpoint\n");
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                reply(exchange, 400, "text/plain", "request body over " + MAX_BODY + " bytes\n");
                return;
            }
            switch (witness.addCheckpoint(new String(body, StandardCharsets.UTF_8))) {
                case Witness.Cosigned c -> reply(exchange, 200, "text/plain; charset=utf-8", c.signatures());
                case Witness.Conflict c -> reply(exchange, 409, "text/x.tlog.size", c.latestSize() + "\n");
                case Witness.Refused r -> reply(exchange, r.status(), "text/plain; charset=utf-8", r.reason() + "\n");
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdown();
    }
}
