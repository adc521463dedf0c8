package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What a browser gets over real HTTP: a signed-in session's CSRF token reaches scripts (Swagger UI,
 * a page's fetch), error pages are the site's own and bilingual for every HTML route, and the
 * navigation shows what the access table lets the role open.
 */
@RegistryIntegrationTest
class SessionPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebFixtures.Library1 lib;

    @BeforeEach
    void library() throws Exception {
        lib = WebFixtures.ensure(context);
    }

    @Test
    void swaggerUiIsToldToSendTheCsrfCookie() throws Exception {
        HttpResponse<String> initializer = new WebSession(port).page("/swagger-ui/swagger-initializer.js");
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("XSRF-TOKEN");
    }

    @Test
    void unknownPathsMissingRecordsAndBadParametersGetTheBilingualErrorPage() throws Exception {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> unknown = anonymous.page("/no-such-page");
        assertThat(unknown.statusCode()).as("not sent to the sign-in page").isEqualTo(404);
        assertThat(unknown.body())
                .contains("seedprint.css", "未找到", "Not found", "没有这个页面", "no page or record at /no-such-page");

        HttpResponse<String> missing = anonymous.page("/varieties/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("未找到品种 987654321", "variety 987654321 not found");

        HttpResponse<String> malformed = anonymous.page("/varieties/abc");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("请求有误", "Bad request", "参数 id 的值无效", "id: &#39;abc&#39;");

        WebSession court = new WebSession(port).signIn("web-court");
        HttpResponse<String> compare = court.page("/compare");
        assertThat(compare.statusCode()).isEqualTo(400);
        assertThat(compare.body()).contains("缺少参数 a", "missing parameter a", "web-court");
        HttpResponse<String> unknownProfile = court.page("/compare?a=987654321&b=987654322");
        assertThat(unknownProfile.body()).contains("未找到指纹", "not found");
    }

    @Test
    void apiRoutesKeepProblemDetails() throws Exception {
        HttpResponse<String> r = new WebSession(port).getJson("/api/v1/varieties/987654321");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theNavigationShowsOnlyThePagesTheTableLetsTheRoleOpen() throws Exception {
        String examiner = new WebSession(port).signIn("web-examiner").page("/").body();
        assertThat(examiner).contains("href=\"/match\"", "href=\"/varieties\"", "href=\"/verify\"");
        String anonymous = new WebSession(port).page("/").body();
        assertThat(anonymous).contains("href=\"/varieties\"").doesNotContain("href=\"/match\"");
    }
}
