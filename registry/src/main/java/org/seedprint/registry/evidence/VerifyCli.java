package org.seedprint.registry.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar seedprint-registry.jar verify ...}: the court's own check of a certificate or a
 * case's evidence bundle, with no network, no database and no registry: the same {@link Verifier}
 * the server runs, trusting only the root CA, log key and witness keys it is given (a bundle's own
 * CA only when pinned by the fingerprint printed on the certificates). Prints a report and exits
 * 0 when every check holds, 1 when one fails, 2 when the input cannot be read.
 */
@Command(
        name = "verify",
        sortOptions = false,
        description = "Check certificates or a case's evidence bundle offline (no network, no database).")
public final class VerifyCli implements Callable<Integer> {

    public static final String MODE = "verify";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    boolean help;

    @Option(names = "--ca", description = "the registry's root CA certificate (PEM); default: the bundle's ca.pem")
    @Nullable
    Path ca;

    @Option(
            names = "--ca-sha256",
            description = "the root CA's SHA-256 fingerprint as printed on the certificates; required to trust"
                    + " a bundle's own ca.pem")
    @Nullable
    String caSha256;

    @Option(names = "--log-key", description = "the log's note verifier key file; default: the bundle's log-key.txt")
    @Nullable
    Path logKey;

    @Option(
            names = "--witness-keys",
            description = "witness keys, one 'VKEY [URL]' per line; default: the bundle's witness-keys.txt")
    @Nullable
    Path witnessKeys;

    @Option(names = "--quorum", description = "witness cosignatures each checkpoint needs (default: ${DEFAULT-VALUE})")
    int quorum;

    @Option(names = "--report", description = "also write the report to this file")
    @Nullable
    Path report;

    @Parameters(
            arity = "1..2",
            paramLabel = "FILE",
            description = "a case bundle (.zip), or a certificate (.pdf, .json, .tsr) and its companion"
                    + " (.json.p7s for a .json, the data for a .tsr)")
    List<Path> files = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    VerifyCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new CommandLine(new VerifyCli(out, err)).execute(args);
    }

    /** One line of the report. */
    record Line(boolean ok, String what, String reason) {}

    @Override
    public Integer call() {
        List<Line> lines = new ArrayList<>();
        TrustAnchors trust;
        Map<String, byte[]> bundle = Map.of();
        try {
            Path first = files.getFirst();
            if (first.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                bundle = unzip(Files.readAllBytes(first));
            }
            trust = trust(bundle, lines);
        } catch (IOException | IllegalArgumentException | CertificateException e) {
            err.println("verify: " + e.getMessage());
            return 2;
        }
        Verifier verifier = Verifier.offline(trust);
        try {
            if (bundle.isEmpty()) {
                byte[] file = Files.readAllBytes(files.getFirst());
                byte[] companion = files.size() > 1 ? Files.readAllBytes(files.get(1)) : null;
                lines.add(line(files.getFirst().toString(), verifier.verify(file, companion)));
            } else {
                checkBundle(bundle, verifier, lines);
            }
        } catch (IOException e) {
            err.println("verify: " + e.getMessage());
            return 2;
        }
        String text = text(trust, lines);
        out.print(text);
        if (report != null) {
            try {
                Files.writeString(report, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("verify: cannot write the report: " + e.getMessage());
                return 2;
            }
        }
        return lines.stream().allMatch(Line::ok) ? 0 : 1;
    }

    private TrustAnchors trust(Map<String, byte[]> bundle, List<Line> lines) throws IOException, CertificateException {
        byte[] caPem = ca != null ? Files.readAllBytes(ca) : bundle.get("ca.pem");
        if (caPem == null) throw new IllegalArgumentException("give --ca (the registry's root CA, PEM)");
        if (ca == null && caSha256 == null) {
            throw new IllegalArgumentException("the bundle's own ca.pem is trusted only when pinned: give --ca-sha256"
                    + " (the root CA fingerprint printed on the certificates) or --ca");
        }
        X509Certificate root = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(caPem));
        if (caSha256 != null) {
            String have = EvidenceKeys.fingerprint(root);
            boolean pinned = normalise(have).equals(normalise(caSha256));
            lines.add(new Line(
                    pinned,
                    "root CA",
                    pinned ? "its SHA-256 is the pinned " + have : "its SHA-256 " + have + " is not the pinned one"));
        }
        byte[] vkey = logKey != null ? Files.readAllBytes(logKey) : bundle.get("log-key.txt");
        NoteKey log =
                vkey == null ? null : NoteKey.parseVerifierKey(new String(vkey, StandardCharsets.US_ASCII).strip());
        byte[] witnessText = witnessKeys != null ? Files.readAllBytes(witnessKeys) : bundle.get("witness-keys.txt");
        return new TrustAnchors(root, log, witnesses(witnessText));
    }

    private WitnessProperties witnesses(byte @Nullable [] text) {
        List<WitnessProperties.Endpoint> list = new ArrayList<>();
        if (text != null) {
            for (String l : new String(text, StandardCharsets.UTF_8).split("\n")) {
                String[] parts = l.strip().split("\\s+");
                if (parts.length == 0 || parts[0].isEmpty()) continue;
                // the URL is where the registry sends checkpoints; offline only the key matters
                URI url = URI.create(parts.length > 1 ? parts[1] : "offline:");
                list.add(new WitnessProperties.Endpoint(url, parts[0]));
            }
        }
        if (quorum > list.size()) {
            throw new IllegalArgumentException("--quorum " + quorum + " but only " + list.size() + " witness keys");
        }
        return new WitnessProperties(list, quorum, Duration.ZERO);
    }

    /** Every certificate form of every document in the bundle, and the bundle's checkpoint. */
    private static void checkBundle(Map<String, byte[]> bundle, Verifier verifier, List<Line> lines) {
        for (var e : bundle.entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".pdf")) {
                lines.add(line(name, verifier.verify(e.getValue(), null)));
            } else if (name.endsWith(".json")) {
                byte[] p7s = bundle.get(name + ".p7s");
                lines.add(line(name + " + .p7s", verifier.verify(e.getValue(), p7s)));
            } else if (name.endsWith(".tsr")) {
                lines.add(timestamp(name, e.getValue(), bundle.get(name.replaceFirst("\\.tsr$", ".json")), verifier));
            }
        }
        byte[] checkpoint = bundle.get("checkpoint.txt");
        if (checkpoint != null && checkpoint.length > 0) {
            lines.add(checkpoint(new String(checkpoint, StandardCharsets.UTF_8), verifier.trust()));
        }
    }

    /** A .tsr covers the document's digest, which its JSON form states (and its .p7s signs). */
    private static Line timestamp(String name, byte[] tsr, byte @Nullable [] json, Verifier verifier) {
        if (json == null) return new Line(false, name, "no JSON certificate beside it names the digest it covers");
        try {
            String hex = JSON.readTree(json).path("sha256").asString();
            var token = TimestampAuthority.verify(
                    tsr, HexFormat.of().parseHex(hex), verifier.trust().root());
            return new Line(
                    true,
                    name,
                    "the time-stamp of " + token.getTimeStampInfo().getGenTime().toInstant() + " covers sha256:" + hex);
        } catch (RuntimeException e) {
            return new Line(false, name, String.valueOf(e.getMessage()));
        }
    }

    private static Line checkpoint(String note, TrustAnchors trust) {
        if (trust.logKey() == null) return new Line(false, "checkpoint.txt", "no log key given (--log-key)");
        try {
            Checkpoint cp = Checkpoint.parse(trust.logKey().open(note));
            List<String> witnessed = trust.witnesses().requireQuorum(note);
            return new Line(
                    true,
                    "checkpoint.txt",
                    "signed by the log key: tree size " + cp.size() + ", cosigned by " + witnessed);
        } catch (RuntimeException e) {
            return new Line(false, "checkpoint.txt", String.valueOf(e.getMessage()));
        }
    }

    private static Line line(String what, Verification v) {
        String details = v.details().isEmpty() ? "" : " " + v.details();
        return new Line(v.valid(), what, v.reason() + details);
    }

    private static String text(TrustAnchors trust, List<Line> lines) {
        StringBuilder b = new StringBuilder();
        b.append("SeedPrint offline verification, ").append(Instant.now()).append(" (no network, no database)\n");
        b.append("root CA   ")
                .append(trust.root().getSubjectX500Principal().getName())
                .append("\n          SHA-256 ")
                .append(EvidenceKeys.fingerprint(trust.root()))
                .append('\n');
        if (trust.logKey() != null)
            b.append("log key   ").append(trust.logKey().verifierKey()).append('\n');
        b.append("witnesses ")
                .append(trust.witnesses().witnesses().size())
                .append(" known, quorum ")
                .append(trust.witnesses().quorum())
                .append("\n\n");
        for (Line l : lines) {
            b.append(l.ok() ? "OK    " : "FAIL  ")
                    .append(l.what())
                    .append("\n      ")
                    .append(l.reason())
                    .append('\n');
        }
        long failed = lines.stream().filter(l -> !l.ok()).count();
        b.append('\n')
                .append(
                        failed == 0
                                ? "RESULT: all " + lines.size() + " checks hold"
                                : "RESULT: " + failed + " of " + lines.size() + " checks FAIL")
                .append('\n');
        return b.toString();
    }

    private static String normalise(String fingerprint) {
        return fingerprint.replace(":", "").strip().toUpperCase(Locale.ROOT);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) files.put(e.getName(), in.readAllBytes());
            }
        }
        if (files.isEmpty()) throw new IOException("not a zip file, or an empty one");
        return files;
    }
}
