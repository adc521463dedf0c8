package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session over real HTTP against the registry on its port: cookies kept, redirects not
 * followed, pages asked for as HTML. MockMvc forwards no error dispatch and keeps no cookie jar, so
 * the error pages are checked through this.
 */
final class WebSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    WebSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in through the sign-in form, as a browser does (its CSRF field included). */
    WebSession signIn(String username) throws Exception {
        String form = page("/login").body();
        HttpResponse<String> r = postForm(
                "/login", Map.of("username", username, "password", WebFixtures.PASSWORD, "_csrf", csrfField(form)));
        assertThat(r.statusCode()).as("sign-in of %s", username).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return this;
    }

    HttpResponse<String> page(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html,application/xhtml+xml")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form without files, as a browser sends a form with an empty file input. */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields) throws Exception {
        return postFiles(path, fields, java.util.List.of());
    }

    /** A multipart form with files, as a browser sends a form with file inputs: each file {part, file name, content}. */
    HttpResponse<String> postFiles(String path, Map<String, String> fields, java.util.List<String[]> files)
            throws Exception {
        String boundary = "----seedprint" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
        for (String[] f : files)
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(f[0])
                    .append("\"; filename=\"")
                    .append(f[1])
                    .append("\"\r\nContent-Type: text/plain\r\n\r\n")
                    .append(f[2])
                    .append("\r\n");
        body.append("--").append(boundary).append("--\r\n");
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getJson(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String csrfField(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        assertThat(m.find()).as("a _csrf field in the page").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
