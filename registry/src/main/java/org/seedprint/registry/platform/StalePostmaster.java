package org.seedprint.registry.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pg_ctl daemonises the postmaster, so it outlives a registry that was killed (kill -9, power
 * loss of the JVM only). Its postmaster.pid then blocks the next start on the same data
 * directory; stop that orphan first. PostgreSQL's own crash recovery makes the restart safe.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private StalePostmaster() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        var handle = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (handle.isEmpty()) {
            return;
        }
        log.warn("Stopping orphaned postmaster {} left on {} by a previous run", pid, dataDir);
        // SIGTERM is PostgreSQL's smart shutdown; its clients died with the old JVM.
        handle.get().destroy();
        try {
            handle.get().onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("orphaned postmaster " + pid + " on " + dataDir + " did not stop within " + WAIT, e);
        }
    }
}
