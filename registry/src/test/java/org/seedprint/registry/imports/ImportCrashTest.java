package org.seedprint.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.deposits.RegistryProcess;

/**
 * kill -9 of the registry's JVM while an import is writing: after the restart the job is
 * reported FAILED with the reason, nothing of it is visible (no variety, sample or panel of the
 * job: its writes were one transaction), and the same files submitted again are imported.
 */
class ImportCrashTest {

    private static final int VARIETIES = 3000;
    private static final int LOCI = 40;

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anImportKilledWhileWritingIsReportedFailedLeavesNothingAndCanBeResubmitted() throws Exception {
        Map<String, byte[]> files = library();
        try (RegistryProcess registry = new RegistryProcess(dir)) {
            registry.start();
            String token = registry.token("examiner");
            // the demo library may be there: what counts is what the job adds
            long varieties = count(registry, token, "/brapi/v2/germplasm?pageSize=1", "totalCount");
            long samples = count(registry, token, "/brapi/v2/samples?pageSize=1", "totalCount");
            long panels = count(registry, token, "/api/v1/panels", "totalItems");

            long job = submit(registry, token, files);
            String seen = awaitWriting(registry, token, job);
            registry.kill();
            assertThat(seen).as("killed while writing").contains("\"status\":\"WRITING\"");

            registry.start();
            String after = job(registry, token, job);
            assertThat(after).contains("\"status\":\"FAILED\"");
            assertThat(field(after, "message"))
                    .contains("interrupted")
                    .contains("writing")
                    .contains("nothing of it was kept")
                    .contains("submit it again");
            assertThat(count(registry, token, "/brapi/v2/germplasm?pageSize=1", "totalCount"))
                    .as("varieties of the killed job")
                    .isEqualTo(varieties);
            assertThat(count(registry, token, "/brapi/v2/samples?pageSize=1", "totalCount"))
                    .as("samples of the killed job")
                    .isEqualTo(samples);
            assertThat(count(registry, token, "/api/v1/panels", "totalItems"))
                    .as("the killed job's panel")
                    .isEqualTo(panels);

            long again = submit(registry, token, files);
            assertThat(again).isNotEqualTo(job);
            String done = awaitEnd(registry, token, again);
            assertThat(done).as(done).contains("\"status\":\"SUCCEEDED\"");
            assertThat(count(registry, token, "/brapi/v2/germplasm?pageSize=1", "totalCount"))
                    .isEqualTo(varieties + VARIETIES);
            assertThat(count(registry, token, "/brapi/v2/samples?pageSize=1", "totalCount"))
                    .isEqualTo(samples + VARIETIES);
            assertThat(count(registry, token, "/api/v1/panels", "totalItems")).isEqualTo(panels + 1);
        }
    }

    /** A variety CSV, a BED panel and a TSV genotype file large enough to be killed while writing. */
    private static Map<String, byte[]> library() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("sample,denomination_latin,kind,status\n");
        StringBuilder bed = new StringBuilder();
        StringBuilder tsv = new StringBuilder();
        for (int l = 0; l < LOCI; l++)
            bed.append("c1\t")
                    .append(l * 1000)
                    .append('\t')
                    .append(l * 1000 + 100)
                    .append("\tL")
                    .append(l)
                    .append('\n');
        String[] calls = {"AA", "AC", "CC", "GT", "TT", "AG"};
        for (int v = 0; v < VARIETIES; v++) {
            String sample = "KILL-" + run + "-" + v;
            csv.append(sample)
                    .append(",Crash Import ")
                    .append(run)
                    .append(' ')
                    .append(v)
                    .append(",CANDIDATE,APPLIED\n");
            for (int l = 0; l < LOCI; l++) {
                tsv.append(sample)
                        .append("\tL")
                        .append(l)
                        .append('\t')
                        .append(calls[(v * 7 + l * 3) % calls.length])
                        .append("\t9\n");
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("varieties", csv.toString().getBytes(StandardCharsets.UTF_8));
        files.put("panel", bed.toString().getBytes(StandardCharsets.UTF_8));
        files.put("genotypes", tsv.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private long submit(RegistryProcess registry, String token, Map<String, byte[]> files) throws Exception {
        String boundary = "crash" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("crop", "ORYZA_SAT", "panelName", "crash-panel", "panelVersion", "1");
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (var f : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                            + "\"; filename=\"" + f.getKey() + ".txt\"\r\nContent-Type: text/plain\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var r = http.send(
                HttpRequest.newBuilder(URI.create(registry.baseUrl() + "/api/v1/imports"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return Long.parseLong(field(r.body(), "id"));
    }

    /** Polls the job until it writes (then returns at once, for the kill); fails if it ends first. */
    private String awaitWriting(RegistryProcess registry, String token, long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            String job = job(registry, token, id);
            if (job.contains("\"status\":\"WRITING\"")) return job;
            assertThat(job)
                    .as("the job ended before it was killed while writing")
                    .doesNotContain("\"status\":\"SUCCEEDED\"")
                    .doesNotContain("\"status\":\"FAILED\"")
                    .doesNotContain("\"status\":\"REJECTED\"");
            Thread.sleep(10);
        }
        throw new AssertionError("import " + id + " never started writing");
    }

    private String awaitEnd(RegistryProcess registry, String token, long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            String job = job(registry, token, id);
            if (job.matches("(?s).*\"status\":\"(SUCCEEDED|FAILED|REJECTED)\".*")) return job;
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private String job(RegistryProcess registry, String token, long id) throws IOException, InterruptedException {
        var r = http.send(
                HttpRequest.newBuilder(URI.create(registry.baseUrl() + "/api/v1/imports/" + id + "?size=1"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private long count(RegistryProcess registry, String token, String path, String field) throws Exception {
        var r = http.send(
                HttpRequest.newBuilder(URI.create(registry.baseUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Long.parseLong(field(r.body(), field));
    }

    /** A top-level-or-nested JSON field's first value, as text (numbers and strings). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?\\d+)")
                .matcher(json);
        if (!m.find()) throw new AssertionError("no " + name + " in " + json);
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
