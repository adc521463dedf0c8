package org.seedprint.registry.imports;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar seedprint-registry.jar import --crop=... files...}: a client of a running
 * registry (the embedded database cannot be opened by a second process while the server runs).
 * Uploads to {@code POST /api/v1/imports}, follows the job with a progress display on stderr and
 * prints its report. Exit 0 = imported (or imported before), 2 = input rejected, 1 = other failure.
 */
@Command(
        name = "import",
        sortOptions = false,
        description = "Import a library into a running registry through its API (see docs/import.md).")
public final class ImportCli implements Callable<Integer> {

    public static final String MODE = "import";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int REJECTED = 2;
    private static final int REJECTIONS_PAGE = 1000;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    boolean help;

    @Option(
            names = "--url",
            defaultValue = "http://localhost:8080",
            description = "registry address (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(
            names = "--token",
            description = "personal access token (default: the SEEDPRINT_TOKEN environment variable)")
    @Nullable
    String token;

    @Option(names = "--crop", required = true, description = "UPOV crop code, e.g. ORYZA_SAT")
    String crop;

    @Option(names = "--varieties", description = "variety CSV")
    @Nullable
    Path varieties;

    @Option(names = "--mcpd", description = "MCPD passport CSV")
    @Nullable
    Path mcpd;

    @Option(names = "--genotypes", arity = "1..*", description = "genotype files (TSV, VCF/BCF, HapMap)")
    List<Path> genotypes = new ArrayList<>();

    @Option(names = "--format", description = "genotype format: TSV, VCF or HAPMAP (guessed when absent)")
    @Nullable
    String format;

    @Option(names = "--panel-id", description = "a stored panel of the crop")
    @Nullable
    Long panelId;

    @Option(names = "--panel", description = "BED file of the panel")
    @Nullable
    Path panel;

    @Option(names = "--panel-name", description = "name of the panel the BED file or HapMap windows make")
    @Nullable
    String panelName;

    @Option(names = "--panel-version", description = "its version")
    @Nullable
    String panelVersion;

    @Option(names = "--window-max-span", description = "HapMap windows: longest span in bp (default 300)")
    @Nullable
    Integer windowMaxSpan;

    @Option(names = "--window-min-snps", description = "HapMap windows: fewest SNPs (default 2)")
    @Nullable
    Integer windowMinSnps;

    @Option(names = "--lab", description = "laboratory, stored with every profile")
    @Nullable
    String lab;

    @Option(names = "--method", description = "assay method")
    @Nullable
    String method;

    @Option(names = "--assayed-on", description = "assay date, YYYY-MM-DD")
    @Nullable
    LocalDate assayedOn;

    @Option(
            names = "--encoding",
            description = "of the variety and MCPD CSVs: UTF-8 or GB18030 (also for GBK); detected when absent")
    @Nullable
    String encoding;

    @Option(names = "--poll-millis", defaultValue = "500", hidden = true)
    long pollMillis;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean console;

    @SuppressWarnings("NullAway.Init") // picocli sets --url (it has a default) and --crop (required)
    private ImportCli(PrintStream out, PrintStream err, Map<String, String> env, boolean console) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.console = console;
    }

    /** Runs the arguments after "import" and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean console) {
        CommandLine cli = new CommandLine(new ImportCli(out, err, env, console))
                .setOut(new PrintWriter(new OutputStreamWriter(out, UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(err, UTF_8), true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("import: " + e.getMessage());
            return FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        String secret = token != null ? token : env.get("SEEDPRINT_TOKEN");
        if (secret == null || secret.isBlank()) {
            err.println(
                    "import: no access token; pass --token or set SEEDPRINT_TOKEN (POST /api/v1/tokens or ./seedprint admin create-token)");
            return FAILED;
        }
        List<Path> files = new ArrayList<>(genotypes);
        for (Path f : new Path[] {varieties, mcpd, panel}) if (f != null) files.add(f);
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                err.println("import: " + f + ": no such readable file");
                return REJECTED;
            }
        }
        RestClient http = RestClient.builder()
                .baseUrl(url.toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .build();
        try {
            return follow(http, submit(http));
        } catch (RestClientException e) {
            Throwable cause = e.getMostSpecificCause();
            err.println("import: " + url + ": "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            return FAILED;
        }
    }

    private record Answer(int status, Map<String, Object> body) {}

    private Answer submit(RestClient http) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("crop", crop);
        addFile(form, "varieties", varieties);
        addFile(form, "mcpd", mcpd);
        genotypes.forEach(g -> addFile(form, "genotypes", g));
        addFile(form, "panel", panel);
        addValue(form, "format", format);
        addValue(form, "panelId", panelId);
        addValue(form, "panelName", panelName);
        addValue(form, "panelVersion", panelVersion);
        addValue(form, "windowMaxSpan", windowMaxSpan);
        addValue(form, "windowMinSnps", windowMinSnps);
        addValue(form, "lab", lab);
        addValue(form, "method", method);
        addValue(form, "assayedOn", assayedOn);
        addValue(form, "encoding", encoding);
        return http.post()
                .uri("/api/v1/imports")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .exchange((req, res) -> new Answer(res.getStatusCode().value(), readJson(res)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse res) {
        MediaType type = res.getHeaders().getContentType();
        if (type == null || !type.getSubtype().contains("json")) return Map.of();
        Map<String, Object> body = res.bodyTo(Map.class);
        return body == null ? Map.of() : body;
    }

    private int follow(RestClient http, Answer submitted) throws InterruptedException {
        if (submitted.status() >= 400) {
            Object detail =
                    submitted.body().getOrDefault("detail", submitted.body().get("title"));
            err.println("import: refused (HTTP " + submitted.status() + ")" + (detail == null ? "" : ": " + detail));
            return submitted.status() == 400 || submitted.status() == 413 || submitted.status() == 422
                    ? REJECTED
                    : FAILED;
        }
        long id = ((Number) field(submitted.body(), "id")).longValue();
        if (submitted.status() == 200) {
            out.println("import: the same source was imported before, as job " + id + "; nothing added");
        }
        ImportProgress progress = new ImportProgress(err, console);
        Map<String, Object> job = submitted.body();
        while (!finished(job)) {
            progress.show(job);
            Thread.sleep(pollMillis);
            job = job(http, id, 0);
        }
        progress.show(job);
        progress.done();
        return report(http, id, job);
    }

    private int report(RestClient http, long id, Map<String, Object> job) {
        String status = (String) field(job, "status");
        out.printf(
                "import %d %s: %s varieties, %s profiles added%n",
                id, status, job.get("varietiesAdded"), job.get("profilesAdded"));
        if (job.get("message") != null) out.println("  " + job.get("message"));
        for (int page = 0, pages = 1; page < pages; page++) {
            Map<?, ?> rejections = (Map<?, ?>) field(job(http, id, page), "rejections");
            for (Object o : (List<?>) field(rejections, "items")) {
                Map<?, ?> r = (Map<?, ?>) o;
                out.printf("  %s:%s: %s: %s%n", r.get("source"), r.get("line"), r.get("field"), r.get("reason"));
            }
            pages = ((Number) field(rejections, "totalPages")).intValue();
        }
        return switch (status) {
            case "SUCCEEDED" -> OK;
            case "REJECTED" -> REJECTED;
            default -> FAILED;
        };
    }

    /** A field the registry's answer always has. */
    static Object field(Map<?, ?> answer, String name) {
        return Objects.requireNonNull(answer.get(name), () -> "the registry's answer has no " + name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(RestClient http, long id, int page) {
        return Objects.requireNonNull(http.get()
                .uri("/api/v1/imports/{id}?page={page}&size={size}", id, page, REJECTIONS_PAGE)
                .retrieve()
                .body(Map.class));
    }

    private static boolean finished(Map<String, Object> job) {
        return List.of("SUCCEEDED", "REJECTED", "FAILED").contains((String) job.get("status"));
    }

    private static void addFile(MultiValueMap<String, Object> form, String name, @Nullable Path file) {
        if (file != null) form.add(name, new FileSystemResource(file));
    }

    private static void addValue(MultiValueMap<String, Object> form, String name, @Nullable Object value) {
        if (value != null) form.add(name, value.toString());
    }
}
