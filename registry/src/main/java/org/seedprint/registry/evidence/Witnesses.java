package org.seedprint.registry.evidence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seedprint.registry.platform.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Asks the configured witnesses to cosign the log's newest checkpoint (C2SP tlog-witness
 * add-checkpoint, with a consistency proof from the size each last cosigned) and stores their
 * checked cosignatures, which every served checkpoint then carries. Runs after each append's
 * commit on one background thread (a burst of appends makes one round), and on demand.
 */
@Service
class Witnesses implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Witnesses.class);

    /** What one witness answered: its HTTP status (0: unreachable) and a short reason. */
    public record Outcome(String witness, long size, int status, String detail) {
        public boolean cosigned() {
            return status == 200;
        }
    }

    private final TransparencyLog tlog;
    private final JdbcTemplate jdbc;
    private final WitnessProperties props;
    private final HttpClient http;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "witnesses");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();

    Witnesses(TransparencyLog tlog, JdbcTemplate jdbc, WitnessProperties props) {
        this.tlog = tlog;
        this.jdbc = jdbc;
        this.props = props;
        this.http = HttpClient.newBuilder().connectTimeout(props.timeout()).build();
    }

    @EventListener
    void on(CheckpointPublished e) {
        if (props.witnesses().isEmpty()) {
            return;
        }
        AfterCommit.collect(this, e.size(), sizes -> {
            if (pending.compareAndSet(false, true)) {
                background.execute(() -> {
                    pending.set(false);
                    cosignLatest();
                });
            }
        });
    }

    /** Sends the newest checkpoint to every witness and stores the cosignatures that verify. */
    public synchronized List<Outcome> cosignLatest() {
        List<Outcome> outcomes = new ArrayList<>();
        SignedCheckpoint latest = tlog.latest().orElse(null);
        if (latest == null) {
            return outcomes;
        }
        for (WitnessProperties.Endpoint w : props.witnesses()) {
            Outcome o = cosign(w, latest);
            if (!o.cosigned()) {
                log.warn(
                        "witness {} did not cosign checkpoint {}: {} {}",
                        o.witness(),
                        o.size(),
                        o.status(),
                        o.detail());
            }
            outcomes.add(o);
        }
        return outcomes;
    }

    private Outcome cosign(WitnessProperties.Endpoint w, SignedCheckpoint latest) {
        Cosigner key = w.cosigner();
        long size = latest.checkpoint().size();
        long old = jdbc.query(
                        "SELECT coalesce(max(size), 0) FROM log_cosignature WHERE witness = ?",
                        (rs, i) -> rs.getLong(1),
                        key.name())
                .getFirst();
        if (old == size) {
            return new Outcome(key.name(), size, 200, "cosigned before");
        }
        Answer a = submit(w, old, latest);
        if (a.status() == 409 && a.body().strip().matches("[0-9]{1,19}")) {
            // the witness knows another size (a new witness, or one restored from a backup): start from it
            long theirs = Long.parseLong(a.body().strip());
            if (theirs > size) {
                return new Outcome(key.name(), size, 409, "the witness has seen a larger tree, " + theirs);
            }
            a = submit(w, theirs, latest);
        }
        if (a.status() != 200) {
            return new Outcome(key.name(), size, a.status(), a.body().strip());
        }
        String line = a.body()
                .lines()
                .filter(l -> !l.isBlank())
                .map(l -> l + "\n")
                .filter(l -> verifies(key, latest.checkpoint(), l))
                .findFirst()
                .orElse(null);
        if (line == null) {
            return new Outcome(
                    key.name(), size, 502, "the answer carries no valid cosignature by " + key.verifierKey());
        }
        jdbc.update(
                "INSERT INTO log_cosignature (size, witness, line, cosigned_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (size, witness) DO UPDATE SET line = excluded.line, cosigned_at = excluded.cosigned_at",
                size,
                key.name(),
                line,
                Timestamp.from(Instant.now()));
        return new Outcome(key.name(), size, 200, "cosigned");
    }

    private static boolean verifies(Cosigner key, Checkpoint cp, String line) {
        try {
            OptionalLong t = key.verify(cp.body() + "\n" + line);
            return t.isPresent();
        } catch (ProofException e) {
            return false;
        }
    }

    private record Answer(int status, String body) {}

    private Answer submit(WitnessProperties.Endpoint w, long old, SignedCheckpoint latest) {
        long size = latest.checkpoint().size();
        StringBuilder body = new StringBuilder("old ").append(old).append('\n');
        if (old > 0 && old < size) {
            tlog.consistencyProof(old, size)
                    .forEach(h ->
                            body.append(Base64.getEncoder().encodeToString(h)).append('\n'));
        }
        body.append('\n').append(latest.note());
        return post(w.url(), body.toString());
    }

    private Answer post(URI prefix, String body) {
        URI uri = URI.create(prefix.toString().replaceAll("/+$", "") + "/add-checkpoint");
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(props.timeout())
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(0, "unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
