package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The workspaces over real HTTP: each role's navigation and home page, the token page, refusals across roles. */
@RegistryIntegrationTest
class WorkspacePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void library() throws Exception {
        WebFixtures.ensure(context);
    }

    @Test
    void eachRoleSeesItsOwnWorkspaceInTheNavigationAndNoOneElses() throws Exception {
        String breeder = new WebSession(port).signIn("web-breeder").page("/").body();
        assertThat(breeder)
                .contains("href=\"/my/deposits\"", "href=\"/account/tokens\"", "data-test=\"workspace-breeder\"")
                .doesNotContain("href=\"/court/cases\"", "href=\"/admin/crops\"", "href=\"/match\"");
        String court = new WebSession(port).signIn("web-court").page("/").body();
        assertThat(court)
                .contains("href=\"/court/cases\"", "data-test=\"workspace-court\"")
                .doesNotContain("href=\"/my/deposits\"", "href=\"/admin/crops\"");
        String admin =
                new WebSession(port).signIn("web-administrator").page("/").body();
        assertThat(admin).contains("href=\"/admin/crops\"", "href=\"/admin\"").doesNotContain("href=\"/my/deposits\"");
        String anonymous = new WebSession(port).page("/").body();
        assertThat(anonymous).doesNotContain("href=\"/account/tokens\"", "workspace-");
    }

    @Test
    void aTokenIsCreatedOnItsPageShownOnceListedAndRevoked() throws Exception {
        WebSession s = new WebSession(port).signIn("web-examiner");
        String page = s.page("/account/tokens").body();
        HttpResponse<String> created = s.postForm(
                "/account/tokens", Map.of("name", "pipeline", "days", "30", "_csrf", WebSession.csrfField(page)));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("data-test=\"secret\">sp_", "只显示这一次");
        String listed = s.page("/account/tokens").body();
        assertThat(listed).contains("pipeline").doesNotContain("data-test=\"secret\"");
        HttpResponse<String> bad = s.postForm(
                "/account/tokens", Map.of("name", "x", "days", "many", "_csrf", WebSession.csrfField(listed)));
        assertThat(bad.body()).contains("输入有误（days）", "days: a whole number");
    }

    @Test
    void rolesAreRefusedEachOthersWorkspacesWithTheStyledPage() throws Exception {
        WebSession breeder = new WebSession(port).signIn("web-breeder");
        HttpResponse<String> cases = breeder.page("/court/cases");
        assertThat(cases.statusCode()).isEqualTo(403);
        assertThat(cases.body()).contains("无权访问", "web-breeder");
        assertThat(breeder.page("/admin/crops").statusCode()).isEqualTo(403);
        WebSession court = new WebSession(port).signIn("web-court");
        assertThat(court.page("/my/deposits").statusCode()).isEqualTo(403);
        assertThat(new WebSession(port).page("/my/deposits").statusCode())
                .as("the public is sent to sign in")
                .isEqualTo(302);
    }

    @Test
    void aBadDepositFormNamesTheFieldOnThePageAndStoresNothing() throws Exception {
        WebSession s = new WebSession(port).signIn("web-breeder");
        String form = s.page("/my/deposits/new").body();
        assertThat(form).contains("ACCENUMB", "SAMPSTAT", "实物样品", "name=\"attachments\"");
        int before = new WebSession(port)
                .signIn("web-breeder")
                .page("/my/deposits")
                .body()
                .split("class=\"my-deposit\"")
                .length;
        HttpResponse<String> r = s.postMultipart(
                "/my/deposits/new",
                Map.of(
                        "crop",
                        WebFixtures.CROP,
                        "visibility",
                        "SEALED",
                        "accessionNumber",
                        "BAD-1",
                        "biologicalStatus",
                        "abc",
                        "barcode",
                        "b",
                        "quantity",
                        "1 g",
                        "storagePlace",
                        "x",
                        "receivedBy",
                        "y",
                        "receivedAt",
                        "2026-11-20T08:00",
                        "_csrf",
                        WebSession.csrfField(form)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("输入有误（passport.biologicalStatus）");
        int after = s.page("/my/deposits").body().split("class=\"my-deposit\"").length;
        assertThat(after).isEqualTo(before);
    }
}
