package org.seedprint.registry.platform;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.AccessTokens;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the OpenAPI document and sends every {@code /api} operation bad input: malformed and
 * wrongly shaped bodies, wrong types, missing and oversize fields, bad path and query values, bad
 * paging, broken and empty multipart parts; each as every identity the access rules let in, and
 * once as an identity they keep out. Every answer must be a 4xx problem+json that names the
 * field at fault (refusals: 401 with WWW-Authenticate, or 403), never a 5xx and never a 2xx.
 *
 * <p>All cases run; the failures are reported together, compared with
 * {@code api-fuzz-known-failures.txt} both ways: a new failure fails the test, and so does a
 * listed case that now passes (take it off the list).
 */
@RegistryIntegrationTest
class ApiFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KNOWN_FAILURES = "api-fuzz-known-failures.txt";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccessTokens tokens;

    @Autowired
    AccessRules accessRules;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperationAnswersBadInputWithAProblemNamingTheField() throws Exception {
        JsonNode api = JSON.readTree(send(new FuzzRequest("GET", "/v3/api-docs", Map.of(), null, null), null)
                .body());
        Map<Role, String> bearer = identities();
        List<FuzzCase> cases = new FuzzCases(api).all();
        assertThat(cases).hasSizeGreaterThan(300);

        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> running = new ArrayList<>();
            for (FuzzCase c : cases) {
                var rule = accessRules.find(
                        HttpMethod.valueOf(c.request().method()), c.request().path());
                for (Identity who : Identity.values()) {
                    boolean allowed = rule.isPresent()
                            && (rule.get().isPublic()
                                    || (who.role != null && rule.get().allows(who.role)));
                    // Refusals are checked once per operation, with its first case.
                    if (!allowed && !c.firstOfOperation()) continue;
                    running.add(pool.submit(() -> {
                        String token = who.role == null ? null : bearer.get(who.role);
                        String key = c.operation() + " as " + who.label + (allowed ? ": " + c.what() : ": refused");
                        try {
                            sent.incrementAndGet();
                            HttpResponse<String> answer = send(c.request(), token);
                            String wrong = allowed ? c.expect().judge(answer) : Expect.refusal(who, answer);
                            if (wrong != null) failures.put(key, wrong);
                        } catch (IOException e) {
                            failures.put(key, "no answer: " + e);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : running) f.get();
        }

        Set<String> known = knownFailures();
        Set<String> newFailures = new TreeSet<>(failures.keySet());
        newFailures.removeAll(known);
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(failures.keySet());
        StringBuilder report = new StringBuilder();
        newFailures.forEach(k -> report.append("NEW  ")
                .append(k)
                .append("\n     ")
                .append(failures.get(k))
                .append('\n'));
        fixed.forEach(k -> report.append("FIXED (remove from ")
                .append(KNOWN_FAILURES)
                .append(") ")
                .append(k)
                .append('\n'));
        // Every failing case with its answer, to review or to rebuild the known-failures list from.
        StringBuilder all = new StringBuilder();
        new TreeSet<>(failures.keySet())
                .forEach(k ->
                        all.append(k).append("\n     ").append(failures.get(k)).append('\n'));
        Files.writeString(Path.of("target/api-fuzz-failures.txt"), all, UTF_8);
        System.out.printf(
                "%d requests (%d cases) in %d ms, %d failing%n",
                sent.get(), cases.size(), (System.nanoTime() - t0) / 1_000_000, failures.size());
        assertThat(report).as("API fuzzing against %s", KNOWN_FAILURES).isEmpty();
    }

    /** Who asks: the public, or a user of each role (a token each). */
    enum Identity {
        PUBLIC(null),
        BREEDER(Role.BREEDER),
        EXAMINER(Role.EXAMINER),
        COURT(Role.COURT),
        ADMINISTRATOR(Role.ADMINISTRATOR);

        final Role role;
        final String label;

        Identity(Role role) {
            this.role = role;
            this.label = name().toLowerCase(Locale.ROOT);
        }
    }

    private Map<Role, String> identities() {
        organisations.findOrCreate("FUZZ-ORG", "API fuzzing organisation", null, Organisation.Kind.INSTITUTE, null);
        Map<Role, String> bearer = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String username = "fuzz-" + role.name().toLowerCase(Locale.ROOT);
            if (!accounts.exists(username)) {
                accounts.createUser(username, "FUZZ-ORG", Set.of(role), "fuzz-test-password");
            }
            bearer.put(
                    role, tokens.create(username, "fuzz", Duration.ofHours(1)).secret());
        }
        return bearer;
    }

    private HttpResponse<String> send(FuzzRequest r, String token) throws IOException, InterruptedException {
        StringBuilder url = new StringBuilder("http://localhost:" + port + r.path());
        char sep = '?';
        for (var q : r.query().entrySet()) {
            url.append(sep).append(URLEncoder.encode(q.getKey(), UTF_8)).append('=');
            url.append(URLEncoder.encode(q.getValue(), UTF_8));
            sep = '&';
        }
        // generous: the first request builds the OpenAPI document, which took over 30 s at load 28
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofMinutes(5));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (r.contentType() != null) b.header("Content-Type", r.contentType());
        b.method(
                r.method(),
                r.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static Set<String> knownFailures() throws IOException {
        Set<String> known = new TreeSet<>();
        try (InputStream in = ApiFuzzTest.class.getResourceAsStream(KNOWN_FAILURES)) {
            if (in == null) return known;
            for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) known.add(line.strip());
            }
        }
        return known;
    }

    /** One request, as bytes on the wire. */
    record FuzzRequest(String method, String path, Map<String, String> query, String contentType, byte[] body) {}

    /**
     * One bad input for one operation: what was done (the key in the known-failures list), the
     * request, and what a right answer looks like.
     */
    record FuzzCase(String operation, String what, FuzzRequest request, Expect expect, boolean firstOfOperation) {}

    /** What a right answer to a case is. */
    record Expect(String field, boolean successAllowed, boolean wrongType) {

        static Expect badField(String field) {
            return new Expect(field, false, false);
        }

        /** A value of the wrong type (a fraction for an integer too): 400, whatever records exist. */
        static Expect wrongTypeOf(String field) {
            return new Expect(field, false, true);
        }

        /** Bad as a whole (malformed JSON, broken multipart): no one field to name. */
        static Expect badBody() {
            return new Expect(null, false, false);
        }

        /** The content of a file is what is judged (a verifier): a verdict or a 4xx naming it. */
        static Expect verdict() {
            return new Expect(null, true, false);
        }

        /** In range for its type, but far out (page 2^31-1): an empty page or a 4xx naming it. */
        static Expect farOut(String field) {
            return new Expect(field, true, false);
        }

        /** null when the answer is right, else what is wrong with it. */
        String judge(HttpResponse<String> r) {
            int s = r.statusCode();
            if (s >= 200 && s < 300) {
                return successAllowed ? null : "accepted (" + s + "): " + abbreviate(r.body());
            }
            if (s >= 500) return s + ": " + abbreviate(r.body());
            if (s == 401 || s == 403) return "refused an allowed identity (" + s + ")";
            String problem = problemShape(r);
            if (problem != null) return s + " " + problem;
            JsonNode p = JSON.readTree(r.body());
            String detail = p.path("detail").asString("");
            if (detail.isBlank() || detail.startsWith("Failed to read request")) {
                return s + " with a generic detail: " + abbreviate(r.body());
            }
            if (wrongType && s != 400) return s + ", not 400, for a value of the wrong type: " + abbreviate(r.body());
            if (field == null || s != 400) return null; // 404/409/413/415: the detail says what
            if (names(p, field)) return null;
            return s + " does not name " + field + ": " + abbreviate(r.body());
        }

        /** Refused identity: 401 with WWW-Authenticate for the public, 403 for a role; problem+json. */
        static String refusal(Identity who, HttpResponse<String> r) {
            int expected = who == Identity.PUBLIC ? 401 : 403;
            if (r.statusCode() != expected) return "refusal answered " + r.statusCode() + ", not " + expected;
            if (expected == 401 && r.headers().firstValue("WWW-Authenticate").isEmpty()) {
                return "401 without WWW-Authenticate";
            }
            String problem = problemShape(r);
            return problem == null ? null : r.statusCode() + " " + problem;
        }

        private static String problemShape(HttpResponse<String> r) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return "not problem+json (" + (type.isEmpty() ? "no Content-Type" : type) + "): "
                        + abbreviate(r.body());
            }
            try {
                JSON.readTree(r.body());
                return null;
            } catch (RuntimeException e) {
                return "problem+json that does not parse: " + abbreviate(r.body());
            }
        }

        /** The problem names the field: its field property, one of its errors, or its detail. */
        private static boolean names(JsonNode p, String field) {
            String last = field.substring(field.lastIndexOf('.') + 1);
            Collection<String> named = new ArrayList<>();
            named.add(p.path("field").asString(""));
            p.path("errors").forEach(e -> named.add(e.path("field").asString("")));
            for (String n : named) {
                if (n.equals(field) || n.equals(last) || n.endsWith("." + last)) return true;
            }
            return p.path("detail").asString("").contains(last);
        }

        private static String abbreviate(String body) {
            String flat = body.replaceAll("\\s+", " ");
            return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
        }
    }

    /** Builds the cases from the OpenAPI document. */
    static final class FuzzCases {

        /** Stands for every path variable: no such record exists, so nothing is changed. */
        static final String PLACEHOLDER_ID = "987654321";

        static final String PLACEHOLDER_UUID = "00000000-0000-4000-8000-000000000000";

        /** Operations that judge an uploaded file: an unreadable one gets a verdict (200), not a 4xx. */
        static final Set<String> VERDICTS = Set.of("POST /api/v1/verify");

        private final JsonNode api;
        private final List<FuzzCase> cases = new ArrayList<>();

        FuzzCases(JsonNode api) {
            this.api = api;
        }

        /** Names of path and query parameters: their integer baselines are the placeholder id. */
        private final Set<String> parameterNames = new TreeSet<>();

        List<FuzzCase> all() {
            api.path("paths").properties().forEach(path -> {
                if (!path.getKey().startsWith("/api/")) return;
                path.getValue()
                        .properties()
                        .forEach(op -> operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
            });
            return cases;
        }

        private void operation(String method, String template, JsonNode op) {
            String name = method + " " + template;
            List<JsonNode> params = new ArrayList<>();
            op.path("parameters").forEach(p -> {
                JsonNode schema = resolve(p.path("schema"));
                if (!p.path("in").asString("").equals("query")
                        || !schema.path("type").asString("").equals("object")) {
                    params.add(p);
                    return;
                }
                // An object bound from the query (a Pageable): Spring reads each property as a parameter.
                schema.path("properties")
                        .properties()
                        .forEach(prop -> params.add(JSON.getNodeFactory()
                                .objectNode()
                                .put("name", prop.getKey())
                                .put("in", "query")
                                .set("schema", prop.getValue())));
            });
            Map<String, String> pathValues = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            params.forEach(p -> parameterNames.add(p.path("name").asString()));
            for (JsonNode p : params) {
                JsonNode schema = resolve(p.path("schema"));
                switch (p.path("in").asString("")) {
                    case "path" -> pathValues.put(p.path("name").asString(), pathValue(schema));
                    case "query" -> {
                        if (p.path("required").asBoolean(false)) {
                            query.put(
                                    p.path("name").asString(),
                                    valid(p.path("name").asString(), schema).asString());
                        }
                    }
                    default -> {} // headers (If-Match) are not fuzzed
                }
            }
            int before = cases.size();
            JsonNode content = op.path("requestBody").path("content");
            List<Body> bodies = new ArrayList<>();
            if (content.has("application/json")) {
                bodies.add(new JsonBody(resolve(content.path("application/json").path("schema"))));
            }
            if (content.has("multipart/form-data")) {
                bodies.add(new MultipartBody(
                        resolve(content.path("multipart/form-data").path("schema"))));
            }
            // Parameters of an operation with both forms (POST /api/v1/matches) belong to its multipart form.
            Body baseBody = bodies.isEmpty() ? null : bodies.getLast();

            // Path variables: wrong type, out of range.
            for (var v : pathValues.entrySet()) {
                JsonNode schema = params.stream()
                        .filter(p -> p.path("name").asString("").equals(v.getKey()))
                        .map(p -> resolve(p.path("schema")))
                        .findFirst()
                        .orElseThrow();
                for (var bad : wrongScalars(schema).entrySet()) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(v.getKey(), bad.getValue());
                    add(
                            name,
                            "path " + v.getKey() + " " + bad.getKey(),
                            method,
                            expand(template, values),
                            query,
                            baseBody,
                            Expect.wrongTypeOf(v.getKey()));
                }
            }
            String path = expand(template, pathValues);
            // Query parameters: wrong types, missing required, oversize, bad paging.
            for (JsonNode p : params) {
                if (!p.path("in").asString("").equals("query")) continue;
                String param = p.path("name").asString();
                JsonNode schema = resolve(p.path("schema"));
                Map<String, String> wrongTypes = wrongScalars(schema);
                Map<String, String> bad = new LinkedHashMap<>(wrongTypes);
                if (param.equals("page")) {
                    bad.put("-1", "-1");
                    bad.put("far out", "2147483647");
                }
                if (param.equals("size")) {
                    bad.put("0", "0");
                    bad.put("-1", "-1");
                    bad.put("2^31-1", "2147483647");
                }
                if (isText(schema)) {
                    bad.put("oversize", param.equals("q") ? "ab ".repeat(1_500).strip() : "x".repeat(5_000));
                }
                for (var b : bad.entrySet()) {
                    Map<String, String> q = new LinkedHashMap<>(query);
                    q.put(param, b.getValue());
                    Expect expect = b.getKey().equals("far out")
                            ? Expect.farOut(param)
                            : wrongTypes.containsKey(b.getKey()) ? Expect.wrongTypeOf(param) : Expect.badField(param);
                    add(name, "query " + param + " " + b.getKey(), method, path, q, baseBody, expect);
                }
                if (p.path("required").asBoolean(false)) {
                    Map<String, String> q = new LinkedHashMap<>(query);
                    q.remove(param);
                    add(name, "query " + param + " missing", method, path, q, baseBody, Expect.badField(param));
                }
            }
            for (Body body : bodies) {
                body.cases().forEach((what, mutated) -> {
                    boolean verdict = VERDICTS.contains(name) && what.startsWith("part ") && !what.endsWith(" missing");
                    add(name, what, method, path, query, mutated.body(), verdict ? Expect.verdict() : mutated.expect());
                });
            }
            if (cases.size() > before) {
                FuzzCase first = cases.get(before);
                cases.set(before, new FuzzCase(first.operation(), first.what(), first.request(), first.expect(), true));
            }
        }

        /**
         * Written into valid texts and replaced by a number per case, so that a create that is wrongly
         * accepted never makes the next case's answer a conflict: every case answers the same in
         * any order.
         */
        static final String UNIQUE = "fuzz-~";

        private void add(
                String name,
                String what,
                String method,
                String path,
                Map<String, String> query,
                Body body,
                Expect expect) {
            FuzzRequest r = body == null
                    ? new FuzzRequest(method, path, query, null, null)
                    : new FuzzRequest(
                            method,
                            path,
                            query,
                            body.contentType(),
                            // Latin-1 keeps every byte as it is (gzip parts too).
                            new String(body.bytes(), ISO_8859_1)
                                    .replace(UNIQUE, "fuzz-" + cases.size())
                                    .getBytes(ISO_8859_1));
            cases.add(new FuzzCase(name, what, r, expect, false));
        }

        /** A request body and the cases that spoil it. */
        sealed interface Body permits JsonBody, MultipartBody, Raw {
            String contentType();

            byte[] bytes();

            /** what -> spoilt body and expectation. */
            default Map<String, Mutated> cases() {
                return Map.of();
            }
        }

        record Mutated(Body body, Expect expect) {}

        record Raw(String contentType, byte[] bytes) implements Body {}

        final class JsonBody implements Body {
            private final JsonNode schema;
            private final JsonNode valid;

            JsonBody(JsonNode schema) {
                this.schema = schema;
                this.valid = valid("", schema);
            }

            @Override
            public String contentType() {
                return "application/json";
            }

            @Override
            public byte[] bytes() {
                return JSON.writeValueAsBytes(valid);
            }

            @Override
            public Map<String, Mutated> cases() {
                Map<String, Mutated> out = new LinkedHashMap<>();
                out.put("body malformed JSON", json("{\"", Expect.badBody()));
                out.put("body empty", json("", Expect.badBody()));
                out.put("body an array", json("[]", Expect.badBody()));
                fields("", schema, valid, out);
                return out;
            }

            private Mutated json(String text, Expect expect) {
                return new Mutated(new Raw("application/json", text.getBytes(UTF_8)), expect);
            }

            /** For each property of an object schema: wrong types, missing when required, oversize. */
            private void fields(String prefix, JsonNode objectSchema, JsonNode baseline, Map<String, Mutated> out) {
                Set<String> required = new TreeSet<>();
                objectSchema.path("required").forEach(r -> required.add(r.asString()));
                objectSchema.path("properties").properties().forEach(prop -> {
                    String field = prefix + prop.getKey();
                    JsonNode s = resolve(prop.getValue());
                    if (s.path("readOnly").asBoolean(false)) return;
                    for (var bad : wrongJson(s).entrySet()) {
                        out.put(
                                "body " + field + " " + bad.getKey(),
                                json(replace(field, bad.getValue()), Expect.wrongTypeOf(field)));
                    }
                    if (required.contains(prop.getKey())) {
                        out.put("body " + field + " missing", json(replace(field, null), Expect.badField(field)));
                    }
                    if (isText(s) && !s.has("enum") && !s.has("format")) {
                        int max = s.path("maxLength").asInt(0);
                        String over = "x".repeat(max > 0 ? max + 1 : 20_000);
                        out.put(
                                "body " + field + " oversize",
                                json(replace(field, "\"" + over + "\""), Expect.badField(field)));
                    }
                    // nested fields are varied inside the valid body, so only where it has the object
                    if (s.path("type").asString("").equals("object")
                            && s.has("properties")
                            && baseline.path(prop.getKey()).isObject()) {
                        fields(field + ".", s, baseline.path(prop.getKey()), out);
                    }
                });
            }

            /** The valid body with one field (dotted path) replaced by raw JSON, or removed. */
            private String replace(String field, String rawJson) {
                JsonNode copy = valid.deepCopy();
                String[] parts = field.split("\\.");
                JsonNode parent = copy;
                for (int i = 0; i < parts.length - 1; i++) parent = parent.path(parts[i]);
                var object = (tools.jackson.databind.node.ObjectNode) parent;
                if (rawJson == null) {
                    object.remove(parts[parts.length - 1]);
                } else {
                    object.set(parts[parts.length - 1], JSON.readTree(rawJson));
                }
                return JSON.writeValueAsString(copy);
            }
        }

        final class MultipartBody implements Body {
            private static final String BOUNDARY = "fuzz-boundary-7d3a";
            private final JsonNode schema;

            MultipartBody(JsonNode schema) {
                this.schema = schema;
            }

            @Override
            public String contentType() {
                return "multipart/form-data; boundary=" + BOUNDARY;
            }

            @Override
            public byte[] bytes() {
                return form(Map.of());
            }

            @Override
            public Map<String, Mutated> cases() {
                Map<String, Mutated> out = new LinkedHashMap<>();
                out.put(
                        "multipart broken boundary",
                        new Mutated(
                                new Raw("multipart/form-data; boundary=other-boundary", bytes()), Expect.badBody()));
                out.put(
                        "multipart cut short",
                        new Mutated(
                                new Raw(contentType(), java.util.Arrays.copyOf(bytes(), bytes().length / 2)),
                                Expect.badBody()));
                Set<String> required = new TreeSet<>();
                schema.path("required").forEach(r -> required.add(r.asString()));
                schema.path("properties").properties().forEach(prop -> {
                    String part = prop.getKey();
                    JsonNode s = resolve(prop.getValue());
                    boolean binary = s.path("format").asString("").equals("binary")
                            || resolve(s.path("items"))
                                    .path("format")
                                    .asString("")
                                    .equals("binary");
                    if (required.contains(part)) {
                        Map<String, byte[]> without = new LinkedHashMap<>();
                        without.put(part, null);
                        out.put(
                                "part " + part + " missing",
                                new Mutated(new Raw(contentType(), form(without)), Expect.badField(part)));
                    }
                    if (binary) {
                        out.put(
                                "part " + part + " 0 bytes",
                                new Mutated(
                                        new Raw(contentType(), form(Map.of(part, new byte[0]))),
                                        Expect.badField(part)));
                        byte[] gzipCut = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x4b, 0x4c};
                        out.put(
                                "part " + part + " truncated gzip",
                                new Mutated(
                                        new Raw(contentType(), form(Map.of(part, gzipCut))), Expect.badField(part)));
                    } else {
                        out.put(
                                "part " + part + " malformed JSON",
                                new Mutated(
                                        new Raw(contentType(), form(Map.of(part, "{\"".getBytes(UTF_8)))),
                                        Expect.badField(part)));
                    }
                });
                return out;
            }

            /** The required parts with valid content, some replaced (null: left out). */
            private byte[] form(Map<String, byte[]> replaced) {
                Set<String> required = new TreeSet<>();
                schema.path("required").forEach(r -> required.add(r.asString()));
                StringBuilder out = new StringBuilder();
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                schema.path("properties").properties().forEach(prop -> {
                    String part = prop.getKey();
                    if (!required.contains(part) && !replaced.containsKey(part)) return;
                    byte[] content =
                            replaced.containsKey(part) ? replaced.get(part) : validPart(resolve(prop.getValue()));
                    if (content == null) return;
                    JsonNode s = resolve(prop.getValue());
                    boolean json = !s.path("format").asString("").equals("binary")
                            && !s.path("type").asString("").equals("array");
                    out.setLength(0);
                    out.append("--")
                            .append(BOUNDARY)
                            .append("\r\n")
                            .append("Content-Disposition: form-data; name=\"")
                            .append(part)
                            .append('"')
                            .append(json ? "" : "; filename=\"" + part + ".txt\"")
                            .append("\r\n")
                            .append("Content-Type: ")
                            .append(json ? "application/json" : "text/plain")
                            .append("\r\n\r\n");
                    bytes.writeBytes(out.toString().getBytes(UTF_8));
                    bytes.writeBytes(content);
                    bytes.writeBytes("\r\n".getBytes(UTF_8));
                });
                bytes.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(UTF_8));
                return bytes.toByteArray();
            }

            private byte[] validPart(JsonNode s) {
                if (s.path("format").asString("").equals("binary")
                        || s.path("type").asString("").equals("array")) {
                    return "sample\tlocus\talleles\tdepths\n".getBytes(UTF_8);
                }
                return JSON.writeValueAsBytes(valid("", s));
            }
        }

        /** Wrong values for a scalar path or query parameter, by its schema. */
        private static Map<String, String> wrongScalars(JsonNode s) {
            Map<String, String> bad = new LinkedHashMap<>();
            switch (s.path("type").asString("")) {
                case "integer" -> {
                    bad.put("not a number", "abc");
                    bad.put("a fraction", "1.5");
                    bad.put("overflowing", "99999999999999999999");
                }
                case "number" -> {
                    bad.put("not a number", "abc");
                    bad.put("NaN", "NaN");
                    bad.put("infinite", "Infinity");
                }
                case "boolean" -> bad.put("not a boolean", "maybe");
                case "string" -> {
                    String format = s.path("format").asString("");
                    if (s.has("enum")) bad.put("unknown value", "BOGUS");
                    if (format.equals("uuid")) bad.put("not a uuid", "not-a-uuid");
                    if (format.equals("date")) bad.put("not a date", "2026-13-45");
                    if (format.equals("date-time")) bad.put("not a date-time", "yesterday");
                }
                default -> {}
            }
            return bad;
        }

        /** Wrong JSON for a property, by its schema: raw JSON texts. */
        private static Map<String, String> wrongJson(JsonNode s) {
            Map<String, String> bad = new LinkedHashMap<>();
            switch (s.path("type").asString("")) {
                case "integer" -> {
                    bad.put("a string", "\"abc\"");
                    bad.put("a fraction", PLACEHOLDER_ID + ".5");
                    bad.put("overflowing", "99999999999999999999999");
                }
                case "number" -> bad.put("a string", "\"abc\"");
                case "boolean" -> bad.put("a string", "\"maybe\"");
                case "array" -> bad.put("an object", "{}");
                case "object" -> bad.put("a string", "\"x\"");
                case "string" -> {
                    bad.put("an object", "{}");
                    String format = s.path("format").asString("");
                    if (s.has("enum")) bad.put("unknown value", "\"BOGUS\"");
                    if (format.equals("date")) bad.put("not a date", "\"2026-13-45\"");
                    if (format.equals("date-time")) bad.put("not a date-time", "\"yesterday\"");
                    if (format.equals("uuid")) bad.put("not a uuid", "\"not-a-uuid\"");
                }
                default -> {}
            }
            return bad;
        }

        private static boolean isText(JsonNode s) {
            return s.path("type").asString("").equals("string")
                    && !s.path("format").asString("").equals("binary");
        }

        private static String pathValue(JsonNode s) {
            return s.path("format").asString("").equals("uuid") ? PLACEHOLDER_UUID : PLACEHOLDER_ID;
        }

        private static String expand(String template, Map<String, String> values) {
            String out = template;
            for (var v : values.entrySet()) out = out.replace("{" + v.getKey() + "}", v.getValue());
            return out;
        }

        /** A valid value for a schema: required properties only, domain values where a name says what. */
        private JsonNode valid(String name, JsonNode schema) {
            JsonNode s = resolve(schema);
            var f = JSON.getNodeFactory();
            if (s.has("enum")) return s.path("enum").get(0);
            switch (s.path("type").asString("")) {
                case "object" -> {
                    var o = f.objectNode();
                    Set<String> required = new TreeSet<>();
                    s.path("required").forEach(r -> required.add(r.asString()));
                    s.path("properties").properties().forEach(p -> {
                        // The crop is needed by most writes even where the schema does not say so.
                        if (required.contains(p.getKey())
                                || p.getKey().toLowerCase(Locale.ROOT).contains("crop")) {
                            o.set(p.getKey(), valid(p.getKey(), p.getValue()));
                        }
                    });
                    return o;
                }
                case "array" -> {
                    return f.arrayNode().add(valid(name, s.path("items")));
                }
                case "integer" -> {
                    // Ids never name a record, so that no answer depends on what other tests stored.
                    boolean id = name.endsWith("Id") || (!s.has("maximum") && parameterNames.contains(name));
                    return f.numberNode(
                            id
                                    ? Long.parseLong(PLACEHOLDER_ID)
                                    : Math.max(1, s.path("minimum").asLong(1)));
                }
                case "number" -> {
                    return f.numberNode(0.5);
                }
                case "boolean" -> {
                    return f.booleanNode(true);
                }
                default -> {
                    return f.stringNode(validText(name, s));
                }
            }
        }

        private static String validText(String name, JsonNode s) {
            switch (s.path("format").asString("")) {
                case "date" -> {
                    return "2026-03-01";
                }
                case "date-time" -> {
                    return "2026-03-01T08:00:00Z";
                }
                case "uuid" -> {
                    return PLACEHOLDER_UUID;
                }
                default -> {}
            }
            String lower = name.toLowerCase(Locale.ROOT);
            List<String> candidates = new ArrayList<>();
            if (lower.contains("crop")) candidates.add("ORYZA_SAT");
            if (lower.contains("country")) candidates.add("CHN");
            if (lower.contains("password")) candidates.add("fuzz-password-long-enough");
            if (lower.contains("organisation")) candidates.add("FUZZ-ORG");
            candidates.addAll(List.of(UNIQUE, "412", "CHN", "20260301", "FUZZ"));
            String pattern = s.path("pattern").asString("");
            int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
            int min = s.path("minLength").asInt(0);
            for (String c : candidates) {
                if ((pattern.isEmpty() || c.matches(pattern)) && c.length() <= max && c.length() >= min) return c;
            }
            return "x".repeat(Math.max(1, min));
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asString("");
            if (ref.isEmpty()) return schema;
            return resolve(api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)));
        }
    }
}
