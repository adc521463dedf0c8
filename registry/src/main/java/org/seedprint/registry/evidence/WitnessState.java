package org.seedprint.registry.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A witness's memory: per log origin, the size and root of the latest checkpoint it cosigned.
 * One line per log, {@code <size> <base64 root> <origin>}; every change is written to a temporary
 * file, forced to disk and moved over the old one, so a crash leaves the old state or the new.
 */
final class WitnessState {

    private final Path file;
    private final Map<String, Checkpoint> latest = new TreeMap<>();

    WitnessState(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split(" ", 3);
                    if (f.length != 3) {
                        throw new IllegalStateException(file + ": a line is not <size> <root> <origin>: " + line);
                    }
                    latest.put(
                            f[2],
                            new Checkpoint(
                                    f[2],
                                    Long.parseLong(f[0]),
                                    Base64.getDecoder().decode(f[1])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("witness state " + file, e);
            }
        }
    }

    Optional<Checkpoint> latest(String origin) {
        return Optional.ofNullable(latest.get(origin));
    }

    /** Records a newly cosigned checkpoint, durably, before the cosignature is handed out. */
    void record(Checkpoint cp) {
        latest.put(cp.origin(), cp);
        StringBuilder out = new StringBuilder();
        latest.values()
                .forEach(c -> out.append(c.size())
                        .append(' ')
                        .append(Base64.getEncoder().encodeToString(c.rootHash()))
                        .append(' ')
                        .append(c.origin())
                        .append('\n'));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "witness-state", ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("witness state " + file, e);
        }
    }
}
