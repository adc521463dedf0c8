package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sharing pages over real HTTP: the public catalogue in both scripts, the offer form naming a
 * bad field and storing nothing, a request whose wrong-side and wrong-state steps are refused on
 * its page with the state unchanged, forms without CSRF refused, and the inbox count in the header.
 */
@RegistryIntegrationTest
class SharingPagesTest {

    private static final Pattern REQUEST = Pattern.compile("/sharing/requests/(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void anOfferIsMadeFoundRequestedAndOnlyTheRightSideMayTakeEachStep() throws Exception {
        WebFixtures.ensure(context);
        WebFixtures.rival(context);
        String deposit = DepositSteps.deposit(mvc, "SEALED");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        WebSession owner = new WebSession(port).signIn("web-breeder");
        String form = owner.page("/my/deposits/" + deposit + "/offer").body();
        assertThat(form).contains("提供共享", "name=\"derivedVarietyPercent\"");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Nanfan Shuangdi " + tag);
        fields.put("summary", "Double-low line " + tag);
        fields.put("offersSeed", "true");
        fields.put("seedQuantity", "100 g");
        fields.put("uses", "BREEDING");
        fields.put("feeAmount", "800");
        fields.put("feeCurrency", "CNY");
        fields.put("derivedVarietyPercent", "5");
        fields.put("durationMonths", "many");
        fields.put("_csrf", WebSession.csrfField(form));
        HttpResponse<String> bad = owner.postForm("/my/deposits/" + deposit + "/offer", fields);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("输入有误（terms.durationMonths）", "is not a whole number");
        assertThat(new WebSession(port).page("/sharing?q=Shuangdi+" + tag).body())
                .as("nothing offered")
                .doesNotContain("Double-low line " + tag);

        fields.put("durationMonths", "24");
        HttpResponse<String> offered = owner.postForm("/my/deposits/" + deposit + "/offer", fields);
        assertThat(offered.statusCode()).isEqualTo(302);
        String offer = java.net
                .URI
                .create(offered.headers().firstValue("Location").orElseThrow())
                .getPath();
        assertThat(offer).matches(".*/sharing/offers/\\d+");

        WebSession anyone = new WebSession(port);
        // Chinese text finds it through the owner's name, Latin through the title
        assertThat(anyone.page("/sharing?crop=" + WebFixtures.CROP + "&q="
                                + URLEncoder.encode("翠湖种业", StandardCharsets.UTF_8))
                        .body())
                .contains("Nanfan Shuangdi " + tag);
        assertThat(anyone.page("/sharing?q=nanfan+shuangdi&crop=" + WebFixtures.CROP + "&use=BREEDING")
                        .body())
                .contains("Nanfan Shuangdi " + tag);
        assertThat(anyone.page("/sharing?q=nanfan+shuangdi&use=RESEARCH").body())
                .doesNotContain("Nanfan Shuangdi " + tag);
        HttpResponse<String> badUse = anyone.page("/sharing?use=SELLING");
        assertThat(badUse.statusCode()).isEqualTo(400);
        assertThat(badUse.body()).contains("输入有误（use）");
        String publicOffer = anyone.page(offer).body();
        assertThat(publicOffer).contains("Double-low line " + tag, "登录后申请").doesNotContain("web verify page test");

        WebSession rival = new WebSession(port).signIn("web-rival");
        String offerPage = rival.page(offer).body();
        assertThat(offerPage).contains("id=\"request-form\"");
        assertThat(rival.postForm(offer + "/request", Map.of("intendedUse", "BREEDING", "purpose", "trial"))
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        HttpResponse<String> noUse = rival.postForm(
                offer + "/request",
                Map.of("intendedUse", "RESEARCH", "purpose", "trial", "_csrf", WebSession.csrfField(offerPage)));
        assertThat(noUse.body()).contains("输入有误（intendedUse）", "allows [BREEDING]");
        HttpResponse<String> sent = rival.postForm(
                offer + "/request",
                Map.of(
                        "intendedUse",
                        "BREEDING",
                        "purpose",
                        "育种试验 trial",
                        "quantity",
                        "20 g",
                        "_csrf",
                        WebSession.csrfField(offerPage)));
        assertThat(sent.statusCode()).isEqualTo(302);
        Matcher m = REQUEST.matcher(sent.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        String request = "/sharing/requests/" + m.group(1);

        String asRival = rival.page(request).body();
        assertThat(asRival).contains("待答复", "id=\"withdraw\"").doesNotContain("id=\"approve\"");
        HttpResponse<String> selfApproval =
                rival.postForm(request + "/approve", Map.of("_csrf", WebSession.csrfField(asRival)));
        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(selfApproval.body()).contains("无权进行此操作", "only the owner of the material can approve");

        String header = owner.page("/sharing/inbox").body();
        assertThat(header).contains("data-test=\"inbox-count\"", "/sharing/requests/" + m.group(1));
        assertThat(anyone.page("/sharing").body()).doesNotContain("data-test=\"inbox-count\"");
        String asOwner = owner.page(request).body();
        HttpResponse<String> early = owner.postForm(
                request + "/ship",
                Map.of(
                        "sampleId",
                        "S-1",
                        "quantity",
                        "20 g",
                        "shippedOn",
                        "2026-12-01",
                        "_csrf",
                        WebSession.csrfField(asOwner)));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("与已有记录冲突（state）");
        assertThat(owner.page(request).body()).contains("待答复").doesNotContain("已发货");
        HttpResponse<String> stranger =
                new WebSession(port).signIn("web-examiner").page(request);
        assertThat(stranger.statusCode()).isEqualTo(403);

        HttpResponse<String> approved =
                owner.postForm(request + "/approve", Map.of("note", "欢迎", "_csrf", WebSession.csrfField(asOwner)));
        assertThat(approved.statusCode()).isEqualTo(302);
        String after = owner.page(request).body();
        assertThat(after).contains("已批准", "欢迎", "id=\"agreement-link\"");
    }

    @Test
    void theOwnerClaimsAndDisputesANoticeOnItsPagesAndTheApplicantOnlyReadsIt() throws Exception {
        WebFixtures.Library1 lib = WebFixtures.ensure(context);
        WebFixtures.rival(context);
        long rivalOrg = context.getBean(org.seedprint.registry.accounts.OrganisationService.class)
                .findByCode("WEB-RIVAL")
                .orElseThrow()
                .getId();
        String reference = "WEB-APP-" + UUID.randomUUID().toString().substring(0, 6);
        // the rival's application for the EDV of the fixtures' owned variety, screened as an examination would
        org.springframework.security.test.context.TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        "web-examiner",
                        null,
                        java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_EXAMINER"))));
        try {
            context.getBean(org.seedprint.registry.matching.MatchingService.class)
                    .matchStored(
                            lib.profileIds().get("derived"),
                            10,
                            new org.seedprint.registry.matching.ScreeningContext(
                                    org.seedprint.registry.matching.ScreeningContext.Kind.APPLICATION,
                                    reference,
                                    "Cuihu Shuangdi 2 application",
                                    rivalOrg,
                                    null));
        } finally {
            org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        }

        WebSession owner = new WebSession(port).signIn("web-breeder");
        String list = owner.page("/sharing/claims").body();
        Matcher m = Pattern.compile("/sharing/claims/(\\d+)\">#\\d+</a></td>\\s*<td>Cuihu Shuangdi 2 application")
                .matcher(list);
        assertThat(m.find()).as("the owner's claims list the notice").isTrue();
        String claim = "/sharing/claims/" + m.group(1);
        String page = owner.page(claim).body();
        assertThat(page).contains("已通知", "疑似实质性派生", "id=\"claim\"", "id=\"dismiss\"");

        WebSession rival = new WebSession(port).signIn("web-rival");
        String seen = rival.page(claim).body();
        assertThat(seen).contains("已通知").doesNotContain("id=\"claim\"", "id=\"dismiss\"");
        HttpResponse<String> rivalClaims =
                rival.postForm(claim + "/claim", Map.of("_csrf", WebSession.csrfField(seen)));
        assertThat(rivalClaims.statusCode()).isEqualTo(403);
        assertThat(rivalClaims.body()).contains("only the owner of the matched material");

        HttpResponse<String> early = owner.postForm(
                claim + "/dispute", Map.of("caseReference", "(2026)琼73知民初9号", "_csrf", WebSession.csrfField(page)));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(owner.postForm(claim + "/claim", Map.of("note", "our variety", "_csrf", WebSession.csrfField(page)))
                        .statusCode())
                .isEqualTo(302);
        String claimed = owner.page(claim).body();
        assertThat(claimed).contains("已主张", "id=\"dispute\"", "id=\"settle\"");
        assertThat(owner.postForm(
                                claim + "/dispute",
                                Map.of("caseReference", "(2026)琼73知民初9号", "_csrf", WebSession.csrfField(claimed)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(owner.page(claim).body()).contains("有争议", "(2026)琼73知民初9号").doesNotContain("id=\"dispute\"");
    }
}
