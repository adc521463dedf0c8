package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.matching.MatchResult;
import org.seedprint.registry.varieties.VarietyView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Each page's model and what each role sees, through MockMvc on the shared context. */
@RegistryIntegrationTest
class WebPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    WebFixtures.Library1 lib;

    @BeforeEach
    void library() throws Exception {
        lib = WebFixtures.ensure(context);
    }

    @Test
    void homeCountsTheLibraryPerCropAndShowsThePublicNoExaminerLinks() throws Exception {
        MvcResult r = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
        List<HomePage.CropCount> crops = model(r, "crops");
        assertThat(crops)
                .filteredOn(c -> c.code().equals(WebFixtures.CROP))
                .singleElement()
                .satisfies(c -> assertThat(c.varieties()).isGreaterThanOrEqualTo(4));
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains("action=\"/varieties\"", "href=\"/login\"").doesNotContain("href=\"/match\"");
    }

    @Test
    @WithMockUser(username = "web-examiner", roles = "EXAMINER")
    void examinersSeeTheMatchLinkTheirNameAndRoleAndASignOutButton() throws Exception {
        String html = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("href=\"/match\"", "web-examiner", "审查员 Examiner", "action=\"/logout\"", "name=\"_csrf\"");
    }

    @Test
    void theLoginPageIsOursAndPagesOfARoleSendThePublicToIt() throws Exception {
        String html = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("登录", "Sign in", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"", "seedprint.css");
        // A browser asks for HTML and is sent to the sign-in page; other clients get 401.
        String to = mvc.perform(get("/match").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(to).endsWith("/login");
        assertThat(mvc.perform(get("/login").param("error", ""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Wrong user name or password");
    }

    @Test
    void searchFindsAVarietyByItsChineseAndItsLatinNameWithFacets() throws Exception {
        MvcResult zh = mvc.perform(get("/varieties").param("q", "翠湖双低"))
                .andExpect(status().isOk())
                .andReturn();
        List<VarietyView> found = model(zh, "results");
        assertThat(found.getFirst().id()).isEqualTo(lib.varietyIds().get("base"));
        Map<String, List<VarietyPages.FacetValue>> facets = model(zh, "facets");
        assertThat(facets.get("crop"))
                .extracting(VarietyPages.FacetValue::value)
                .contains(WebFixtures.CROP);

        MvcResult latin = mvc.perform(get("/varieties").param("q", "nanfan huangzi"))
                .andExpect(status().isOk())
                .andReturn();
        List<VarietyView> byLatin = model(latin, "results");
        assertThat(byLatin.getFirst().id()).isEqualTo(lib.varietyIds().get("copy"));

        MvcResult kind = mvc.perform(get("/varieties").param("q", "cuihu").param("kind", "CANDIDATE"))
                .andReturn();
        List<VarietyView> candidates = model(kind, "results");
        assertThat(candidates)
                .extracting(VarietyView::id)
                .containsExactly(lib.varietyIds().get("derived"));
        assertThat(kind.getResponse().getContentAsString()).contains("aria-current=\"true\"");
    }

    @Test
    void thePublicSeesTheVarietyRecordButNotItsProfiles() throws Exception {
        long id = lib.varietyIds().get("derived");
        MvcResult r =
                mvc.perform(get("/varieties/" + id)).andExpect(status().isOk()).andReturn();
        VarietyView v = model(r, "v");
        assertThat(v.denominationChinese()).isEqualTo("翠湖双低2号");
        assertThat(v.parents())
                .extracting(VarietyView.ParentView::parentId)
                .containsExactly(lib.varietyIds().get("base"), lib.varietyIds().get("copy"));
        assertThat((List<?>) model(r, "profiles")).isEmpty();
        assertThat((Integer) model(r, "profileCount")).isEqualTo(1);
        assertThat(r.getResponse().getContentAsString()).contains("母本 Female", "Cuihu Seed Co.");
        mvc.perform(get("/varieties/987654321")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "web-examiner", roles = "EXAMINER")
    void examinersSeeProfilesWithQcAndAScreenButton() throws Exception {
        long id = lib.varietyIds().get("base");
        MvcResult r =
                mvc.perform(get("/varieties/" + id)).andExpect(status().isOk()).andReturn();
        List<VarietyPages.ProfileRow> rows = model(r, "profiles");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(lib.profileIds().get("base"));
            assertThat(row.profile().getCallRate()).isEqualByComparingTo("1");
        });
        assertThat(r.getResponse().getContentAsString())
                .contains("/match?profile=" + lib.profileIds().get("base"), "100.0%");
    }

    @Test
    @WithMockUser(username = "web-examiner", roles = "EXAMINER")
    void anUploadedTsvIsScreenedWithRankedHitsAndTheThresholdsUsed() throws Exception {
        MvcResult r = mvc.perform(multipart("/match")
                        .file(new MockMultipartFile(
                                "file",
                                "candidate.tsv",
                                "text/tab-separated-values",
                                lib.queryTsv().getBytes(StandardCharsets.UTF_8)))
                        .param("panelId", Long.toString(lib.panelId()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        List<MatchResult> results = model(r, "results");
        MatchResult m = results.getFirst();
        assertThat(m.thresholds().maxDifferingIndistinct()).isEqualTo(3);
        MatchResult.HitView top = m.hits().getFirst();
        assertThat(top.varietyId()).isIn(lib.varietyIds().get("base"));
        assertThat(top.compared()).isEqualTo(39);
        assertThat(top.identical()).isEqualTo(39);
        assertThat(top.classification()).isEqualTo("indistinct");
        assertThat(r.getResponse().getContentAsString()).contains("Thresholds used", "翠湖双低", "无明显差异 Indistinct");
    }

    @Test
    @WithMockUser(username = "web-examiner", roles = "EXAMINER")
    void aStoredProfileIsScreenedAndLinksToTheComparison() throws Exception {
        long derived = lib.profileIds().get("derived");
        MvcResult r = mvc.perform(multipart("/match")
                        .param("profileId", Long.toString(derived))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        List<MatchResult> results = model(r, "results");
        MatchResult.HitView base = results.getFirst().hits().stream()
                .filter(h -> h.profileId() == lib.profileIds().get("base"))
                .findFirst()
                .orElseThrow();
        assertThat(base.differing()).isEqualTo(4);
        assertThat(base.classification()).isEqualTo("edv-candidate");
        assertThat(r.getResponse().getContentAsString())
                .contains("/compare?a=" + derived + "&amp;b=" + lib.profileIds().get("base"));
    }

    @Test
    @WithMockUser(username = "web-examiner", roles = "EXAMINER")
    void badInputOnTheMatchPageIsNamedOnThePage() throws Exception {
        MvcResult r = mvc.perform(multipart("/match")
                        .file(new MockMultipartFile(
                                "file",
                                "bad.tsv",
                                "text/plain",
                                "sample\tlocus\talleles\tdepths\nq\tNO_SUCH_LOCUS\tACGT\t3\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .param("panelId", Long.toString(lib.panelId()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat((String) model(r, "error")).contains("bad.tsv");
        MvcResult none = mvc.perform(multipart("/match").with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat((String) model(none, "error")).contains("upload a genotype file");
    }

    @Test
    @WithMockUser(username = "web-breeder", roles = "BREEDER")
    void breedersMayNotMatchOrCompare() throws Exception {
        mvc.perform(get("/match")).andExpect(status().isForbidden());
        mvc.perform(post("/match").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/compare").param("a", "1").param("b", "2")).andExpect(status().isForbidden());
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("href=\"/match\"");
    }

    @Test
    @WithMockUser(username = "web-court", roles = "COURT")
    void courtsCompareTwoProfilesLocusByLocus() throws Exception {
        long a = lib.profileIds().get("derived");
        long b = lib.profileIds().get("base");
        MvcResult r = mvc.perform(get("/compare").param("a", Long.toString(a)).param("b", Long.toString(b)))
                .andExpect(status().isOk())
                .andReturn();
        List<MatchPages.LocusRow> loci = model(r, "loci");
        assertThat(loci)
                .extracting(MatchPages.LocusRow::locusId)
                .containsExactly("RMNP03", "RMNP10", "RMNP18", "RMNP26");
        assertThat(loci.getFirst().a()).containsExactly("ACGTTCAG");
        assertThat(loci.getFirst().b()).containsExactly("ACGTACAG");
        MvcResult all = mvc.perform(get("/compare")
                        .param("a", Long.toString(a))
                        .param("b", Long.toString(b))
                        .param("all", "true"))
                .andReturn();
        List<MatchPages.LocusRow> every = model(all, "loci");
        assertThat(every).hasSize(WebFixtures.LOCI);
        assertThat(every).filteredOn(l -> l.state().equals("differing")).hasSize(4);
    }

    @Test
    void verifyByAnUnknownOrMalformedDepositIdSaysInvalid() throws Exception {
        MvcResult unknown = mvc.perform(
                        get("/verify").param("deposit", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andReturn();
        VerifyPage.Outcome o = model(unknown, "outcome");
        assertThat(o.valid()).isFalse();
        assertThat(o.reason()).contains("no deposit");
        VerifyPage.Outcome bad =
                model(mvc.perform(get("/verify").param("deposit", "not-a-uuid")).andReturn(), "outcome");
        assertThat(bad.valid()).isFalse();
        assertThat(mvc.perform(get("/verify"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getModelAndView()
                        .getModel())
                .doesNotContainKey("outcome");
    }

    @Test
    void aDepositAndItsCertificateVerifyOnThePublicPageAndAChangedByteDoesNot() throws Exception {
        String id = DepositSteps.deposit(mvc);
        String json = mvc.perform(get("/api/v1/deposits/" + id + "/certificate.json")
                        .with(user("web-breeder").roles("BREEDER")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).as("the QR code's address").contains("/verify?deposit=" + id + "\"");
        VerifyPage.Outcome byId =
                model(mvc.perform(get("/verify").param("deposit", id)).andReturn(), "outcome");
        assertThat(byId.valid()).as(byId.reason()).isTrue();
        assertThat(byId.details()).containsEntry("id", id);

        byte[] pdf = DepositSteps.certificatePdf(mvc, id);
        VerifyPage.Outcome good = model(
                mvc.perform(multipart("/verify")
                                .file(new MockMultipartFile("file", id + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf))
                                .with(csrf()))
                        .andReturn(),
                "outcome");
        assertThat(good.valid()).as(good.reason()).isTrue();

        VerifyPage.Outcome tampered = model(
                mvc.perform(multipart("/verify")
                                .file(new MockMultipartFile(
                                        "file",
                                        "tampered.pdf",
                                        MediaType.APPLICATION_PDF_VALUE,
                                        DepositSteps.tamper(pdf)))
                                .with(csrf()))
                        .andReturn(),
                "outcome");
        assertThat(tampered.valid()).isFalse();
    }

    // the model is untyped; each assertion names the type it expects
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    private static <T> T model(MvcResult r, String name) {
        return (T) r.getModelAndView().getModel().get(name);
    }
}
