package org.seedprint.registry.evidence;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar seedprint-registry.jar witness --key=... --state=... --log=ORIGIN=VKEY}: a
 * C2SP tlog-witness that a court or a second institution runs on its own machine, with its own
 * key and state file and no registry database. It prints its verifier key, for the registry's
 * {@code seedprint.evidence.witness.witnesses} list and for verifiers, and serves until stopped.
 */
@Command(
        name = "witness",
        sortOptions = false,
        description = "Run a transparency-log witness (C2SP tlog-witness) for the registry's log.")
public final class WitnessCli implements Callable<Integer> {

    public static final String MODE = "witness";

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    boolean help;

    @Option(names = "--key", required = true, description = "witness signer key file; created when missing")
    Path key;

    @Option(names = "--name", description = "witness name for a new key, e.g. court.example/witness")
    String name = "witness.local";

    @Option(names = "--state", required = true, description = "file holding the latest cosigned size per log")
    Path state;

    @Option(
            names = "--log",
            required = true,
            arity = "1..*",
            description = "a followed log: ORIGIN=VKEY (the checkpoint origin and the log's note key)")
    List<String> logs = new ArrayList<>();

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host = "0.0.0.0";

    @Option(names = "--port", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port = 8690;

    private final PrintStream out;

    @SuppressWarnings("NullAway.Init") // picocli sets --key and --state (both required)
    WitnessCli(PrintStream out) {
        this.out = out;
    }

    public static int run(String[] args) {
        return new CommandLine(new WitnessCli(System.out)).execute(args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Witness witness;
        try {
            witness = witness(loadOrCreate(key, name), logs(logs), state);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("witness: " + e.getMessage());
            return 2;
        }
        try (WitnessServer server = WitnessServer.start(witness, new InetSocketAddress(host, port))) {
            out.println("witness " + witness.key().verifierKey() + " on port " + server.port());
            new CountDownLatch(1).await(); // until the process is stopped
        }
        return 0;
    }

    static Witness witness(Cosigner key, Map<String, NoteKey> logs, Path state) {
        return new Witness(key, logs, new WitnessState(state), Clock.systemUTC());
    }

    static Map<String, NoteKey> logs(List<String> specs) {
        Map<String, NoteKey> logs = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.lastIndexOf('=', spec.indexOf('+'));
            if (eq <= 0) {
                throw new IllegalArgumentException("--log must be ORIGIN=VKEY: " + spec);
            }
            logs.put(spec.substring(0, eq), NoteKey.parseVerifierKey(spec.substring(eq + 1)));
        }
        return logs;
    }

    /** The witness's key from its file, or a new one written there (owner-readable only). */
    static Cosigner loadOrCreate(Path file, String name) throws IOException {
        if (Files.exists(file)) {
            return Cosigner.parseSignerKey(Files.readString(file, StandardCharsets.US_ASCII));
        }
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        Cosigner key = Cosigner.fromSeed(name, seed);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.writeString(file, key.signerKey() + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return key;
    }
}
