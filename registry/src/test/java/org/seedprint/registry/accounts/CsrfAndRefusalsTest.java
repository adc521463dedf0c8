package org.seedprint.registry.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: an anonymous write is 401 with {@code WWW-Authenticate: Bearer} (not a CSRF
 * 403); a Bearer call needs no CSRF token; a signed-in browser session gets its CSRF token as a
 * cookie that its scripts and Swagger UI send back, and is refused without it.
 */
@RegistryIntegrationTest
class CsrfAndRefusalsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder postJson(String path, String json) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    @Test
    void anonymousWritesAre401WithABearerChallenge() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/api/v1/tokens", "/api/v1/varieties", "/api/v1/cases"}) {
            HttpResponse<String> r = send(client, postJson(path, "{}").build());
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
    }

    /** The first value of {@code name="..." content="..."} or {@code name="..." value="..."} in a page. */
    private static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"\\s+(?:content|value)=\"([^\"]+)\"")
                .matcher(page);
        assertThat(m.find()).as("%s in the page", name).isTrue();
        return m.group(1);
    }

    private HttpClient signedIn(CookieManager cookies) throws Exception {
        String name = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        organisations.findOrCreate("CSRF-ORG", "Csrf test", null, Organisation.Kind.BREEDER, null);
        accounts.createUser(name, "CSRF-ORG", Set.of(Role.BREEDER), "csrf-test-password");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String login =
                send(browser, HttpRequest.newBuilder(uri("/login")).build()).body();
        String form = "username=" + name + "&password="
                + URLEncoder.encode("csrf-test-password", StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(field(login, "_csrf"), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = send(
                browser,
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    @Test
    void aSignedInPageGivesItsScriptsTheTokenAndABearerTokenNeedsNone() throws Exception {
        HttpClient browser = signedIn(new CookieManager());
        String home = send(browser, HttpRequest.newBuilder(uri("/")).build()).body();
        String token = field(home, "_csrf");
        assertThat(field(home, "_csrf_header")).isEqualTo("X-CSRF-TOKEN");

        String json = "{\"name\":\"from the web\",\"days\":1}";
        assertThat(send(browser, postJson("/api/v1/tokens", json).build()).statusCode())
                .isEqualTo(403);
        HttpResponse<String> created = send(
                browser,
                postJson("/api/v1/tokens", json).header("X-CSRF-TOKEN", token).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = created.body().replaceAll(".*\"secret\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(secret).startsWith("sp_");

        // a token call, with no cookie and no CSRF token
        HttpResponse<String> byToken = send(
                HttpClient.newHttpClient(),
                postJson("/api/v1/tokens", "{\"name\":\"by token\",\"days\":1}")
                        .header("Authorization", "Bearer " + secret)
                        .build());
        assertThat(byToken.statusCode()).as(byToken.body()).isEqualTo(201);
    }

    @Test
    void swaggerUiSendsTheCsrfTokenFromTheCookie() throws Exception {
        HttpResponse<String> initializer = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(uri("/swagger-ui/swagger-initializer.js"))
                        .build());
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("XSRF-TOKEN", "X-CSRF-TOKEN");
    }
}
