package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.audit.AuditEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** The administrator's account forms over real HTTP: organisations, users, disabling, the master-key status. */
@RegistryIntegrationTest
class AdminPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditEvents audit;

    @BeforeEach
    void library() throws Exception {
        WebFixtures.ensure(context);
    }

    @Test
    void anAdministratorCreatesAnOrganisationAndAUserWithAGeneratedPasswordThenDisablesTheUser() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String code = "ADM-" + suffix.toUpperCase(java.util.Locale.ROOT);
        String username = "adm-" + suffix;
        WebSession admin = new WebSession(port).signIn("web-administrator");
        String page = admin.page("/admin").body();
        assertThat(page).contains("data-test=\"master-key\"", "mk-", "id=\"new-user\"");

        HttpResponse<String> org = admin.postForm(
                "/admin/organisations",
                Map.of(
                        "code", code,
                        "nameLatin", "Admin Form Seeds",
                        "nameChinese", "表单种业",
                        "kind", "BREEDER",
                        "_csrf", WebSession.csrfField(page)));
        assertThat(org.statusCode()).isEqualTo(302);
        assertThat(organisations.findByCode(code)).isPresent();

        HttpResponse<String> user = admin.postForm(
                "/admin/users",
                Map.of(
                        "username",
                        username,
                        "organisation",
                        code,
                        "roles",
                        "BREEDER",
                        "_csrf",
                        WebSession.csrfField(page)));
        assertThat(user.statusCode()).isEqualTo(302);
        java.net.URI next =
                java.net.URI.create(user.headers().firstValue("Location").orElseThrow());
        String after = admin.page(next.getRawPath() + "?" + next.getRawQuery()).body();
        assertThat(after).contains("data-test=\"generated-password\"", username);
        assertThat(admin.page("/admin").body()).doesNotContain("data-test=\"generated-password\"");
        assertThat(accounts.isEnabled(username)).isTrue();

        HttpResponse<String> disabled = admin.postForm(
                "/admin/users/" + username + "/enabled",
                Map.of("enabled", "false", "_csrf", WebSession.csrfField(page)));
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(accounts.isEnabled(username)).isFalse();
        assertThat(audit.search(
                                new AuditEvents.Query(null, null, "account.user-disable", null, null),
                                PageRequest.of(0, 200))
                        .events())
                .anyMatch(e -> e.toString().contains(username));
    }

    @Test
    void badFormsNameTheFieldAndStoreNothingAndOtherRolesAreRefused() throws Exception {
        WebSession admin = new WebSession(port).signIn("web-administrator");
        String page = admin.page("/admin").body();
        String code = "BAD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        HttpResponse<String> badKind = admin.postForm(
                "/admin/organisations",
                Map.of("code", code, "nameLatin", "X", "kind", "PIRATE", "_csrf", WebSession.csrfField(page)));
        assertThat(badKind.statusCode()).isEqualTo(200);
        assertThat(badKind.body()).contains("输入有误（kind）", "unknown value", "PIRATE");
        assertThat(organisations.findByCode(code)).isEmpty();

        HttpResponse<String> noRole = admin.postForm(
                "/admin/users",
                Map.of("username", "no-role-user", "organisation", "WEB-RIVAL", "_csrf", WebSession.csrfField(page)));
        assertThat(noRole.body()).contains("输入有误（roles）");
        assertThat(accounts.exists("no-role-user")).isFalse();

        HttpResponse<String> badFlag = admin.postForm(
                "/admin/users/web-examiner/enabled", Map.of("enabled", "maybe", "_csrf", WebSession.csrfField(page)));
        assertThat(badFlag.body()).contains("输入有误（enabled）");

        WebSession breeder = new WebSession(port).signIn("web-breeder");
        String own = breeder.page("/account/tokens").body();
        HttpResponse<String> refused = breeder.postForm(
                "/admin/users/web-examiner/enabled", Map.of("enabled", "false", "_csrf", WebSession.csrfField(own)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(breeder.postForm(
                                "/admin/organisations",
                                Map.of(
                                        "code",
                                        code,
                                        "nameLatin",
                                        "X",
                                        "kind",
                                        "BREEDER",
                                        "_csrf",
                                        WebSession.csrfField(own)))
                        .statusCode())
                .isEqualTo(403);
        assertThat(organisations.findByCode(code)).isEmpty();
        assertThat(accounts.isEnabled("web-examiner")).isTrue();
    }
}
