package org.seedprint.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.imports.ImportJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The demo library, loaded on purpose here (it is off in tests), screened through the HTTP API. */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "examiner", roles = "EXAMINER")
class DemoLibraryTest {

    /** Other tests share the database and add rice varieties of their own: keep to the demo's. */
    private static final String ON_DEMO_RICE_PANEL =
            "EXISTS (SELECT 1 FROM sample s JOIN profile pr ON pr.sample_id = s.id "
                    + "JOIN marker_panel mp ON mp.id = pr.panel_id WHERE s.variety_id = v.id AND mp.name = '"
                    + DemoLoader.RICE_PANEL + "')";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLoader demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoSharing sharing;

    @Autowired
    org.seedprint.registry.accounts.Accounts accounts;

    @Autowired
    org.seedprint.registry.accounts.OrganisationService organisations;

    @BeforeAll
    void load() throws Exception {
        List<ImportJob> jobs = demo.load();
        assertThat(jobs).extracting(ImportJob::getStatus).containsOnly(ImportJob.Status.SUCCEEDED);
    }

    @Test
    void theDemoEdvScreenedForARivalOpensOneClaimForTheOwnerOfTheVarietyItDerivesFrom() throws Exception {
        String s = java.util.UUID.randomUUID().toString().substring(0, 8);
        organisations.findOrCreate(
                "DL-RIVAL-" + s,
                "Demo library rival " + s,
                null,
                org.seedprint.registry.accounts.Organisation.Kind.BREEDER,
                "CHN");
        accounts.createUser(
                "dl-rival-" + s, "DL-RIVAL-" + s, java.util.Set.of(org.seedprint.registry.platform.Role.BREEDER), null);
        long parent = jdbc.queryForObject(
                "SELECT id FROM variety WHERE crop_code = 'ORYZA_SAT' AND denomination_latin = 'Huaqiong 131'",
                Long.class);
        long owner = organisations.findByCode("DEMO-NFSC").orElseThrow().getId();

        var first = sharing.claim("dl-rival-" + s);
        assertThat(first).isNotNull();
        assertThat(first.matched()).isEqualTo("variety:" + parent);
        assertThat(first.ownerOrganisationId()).isEqualTo(owner);
        assertThat(first.classification()).isEqualTo("edv-candidate");
        assertThat(first.state()).hasToString("NOTIFIED");
        assertThat(first.reference()).isEqualTo(DemoSharing.EDV_APPLICATION);

        var again = sharing.claim("dl-rival-" + s);
        assertThat(again).isNotNull();
        assertThat(again.id()).as("a second screening updates the notice").isEqualTo(first.id());
        assertThat(again.screenings()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM sharing_claim WHERE applicant = ? OR applicant_organisation_id = ?",
                        Long.class,
                        "Demo library rival " + s,
                        first.applicantOrganisationId()))
                .as("one notice per matched material of this applicant")
                .isEqualTo(jdbc.queryForObject(
                        "SELECT count(DISTINCT matched_id) FROM sharing_claim WHERE applicant_organisation_id = ?",
                        Long.class,
                        first.applicantOrganisationId()));
    }

    private long profileOf(String crop, String denomination) {
        return jdbc.queryForObject(
                "SELECT p.id FROM profile p JOIN sample s ON s.id = p.sample_id "
                        + "JOIN variety v ON v.id = s.variety_id WHERE v.crop_code = ? AND v.denomination_latin = ?",
                Long.class,
                crop,
                denomination);
    }

    private String match(long profileId, int top) throws Exception {
        return mvc.perform(post("/api/v1/matches")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"profileId\":" + profileId + ",\"top\":" + top + "}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void maizeLinesAreAccessionsWithTheirSubpopulation() {
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM variety WHERE crop_code = 'ZEAAA_MAY' AND kind = 'GERMPLASM_ACCESSION'"
                                + " AND accession_number LIKE 'maize282:%'",
                        Integer.class))
                .isEqualTo(281);
        assertThat(jdbc.queryForObject("SELECT population FROM variety WHERE denomination_latin = 'B73'", String.class))
                .isEqualTo("ss");
        assertThat(jdbc.queryForObject(
                        "SELECT population FROM variety WHERE denomination_latin = 'MO17'", String.class))
                .isEqualTo("nss");
    }

    @Test
    void aMaizeLineFindsItselfFirstThenItsRelatives() throws Exception {
        String body = match(profileOf("ZEAAA_MAY", "B73"), 5);
        System.out.println("B73 hits: " + body);
        List<String> names = JsonPath.read(body, "$.hits[*].denomination");
        assertThat(names.get(0)).isEqualTo("B73");
        assertThat((Double) JsonPath.read(body, "$.hits[0].similarity")).isEqualTo(1.0);
        assertThat(names.get(1)).isEqualTo("B73HTRHM");
        assertThat((Integer) JsonPath.read(body, "$.thresholds.maxDifferingIndistinct"))
                .isEqualTo(3);
        assertThat((String) JsonPath.read(body, "$.hits[1].classification")).isIn("indistinct", "edv-candidate");
    }

    @Test
    void simulatedDerivedRiceVarietiesAreEdvCandidatesOfTheirInitialVariety() throws Exception {
        List<Map<String, Object>> derived =
                jdbc.queryForList("SELECT v.denomination_latin AS child, i.denomination_latin AS initial, "
                        + "v.derivation_method AS how FROM variety v JOIN variety_parent p ON p.variety_id = v.id "
                        + "JOIN variety i ON i.id = p.parent_id WHERE " + ON_DEMO_RICE_PANEL
                        + " AND p.role IN ('RECURRENT','MUTANT_OF','SELECTED_FROM')");
        assertThat(derived).hasSize(RiceSimulation.DERIVED);
        int edv = 0;
        List<String> notEdv = new java.util.ArrayList<>();
        for (Map<String, Object> d : derived) {
            String body = match(profileOf("ORYZA_SAT", (String) d.get("child")), 3);
            List<String> names = JsonPath.read(body, "$.hits[*].denomination");
            List<String> classes = JsonPath.read(body, "$.hits[*].classification");
            int at = names.indexOf((String) d.get("initial"));
            assertThat(at)
                    .as("initial variety of %s among its top hits", d.get("child"))
                    .isBetween(1, 2);
            if (classes.get(at).equals("edv-candidate")) edv++;
            else notEdv.add(d + " " + body);
        }
        assertThat(notEdv)
                .as("derived varieties not classed edv-candidate against their initial variety")
                .isEmpty();
        assertThat(edv).isEqualTo(RiceSimulation.DERIVED);
    }

    @Test
    void anUploadedTsvIsScreenedAgainstItsPanel() throws Exception {
        Map<String, Object> d =
                jdbc.queryForMap("SELECT v.denomination_latin AS child, i.denomination_latin AS initial "
                        + "FROM variety v JOIN variety_parent p ON p.variety_id = v.id JOIN variety i ON i.id = p.parent_id "
                        + "WHERE " + ON_DEMO_RICE_PANEL + " AND p.role = 'SELECTED_FROM' ORDER BY v.id LIMIT 1");
        String sample = Files.readAllLines(Path.of("../data/demo-rice/varieties.csv")).stream()
                .filter(l -> l.split(",")[1].equals(d.get("child")))
                .findFirst()
                .orElseThrow()
                .split(",")[0];
        StringBuilder tsv = new StringBuilder();
        try (var r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of("../data/demo-rice/genotypes.tsv.gz"))),
                StandardCharsets.UTF_8))) {
            r.lines()
                    .filter(l -> l.startsWith(sample + "\t"))
                    .forEach(l -> tsv.append("QUERY-1")
                            .append(l.substring(sample.length()))
                            .append('\n'));
        }
        long panel =
                jdbc.queryForObject("SELECT id FROM marker_panel WHERE name = ?", Long.class, DemoLoader.RICE_PANEL);
        String body = mvc.perform(multipart("/api/v1/matches")
                        .file(new MockMultipartFile(
                                "file",
                                "query.tsv",
                                "text/plain",
                                tsv.toString().getBytes(StandardCharsets.UTF_8)))
                        .param("panelId", String.valueOf(panel))
                        .param("top", "3")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(body, "$[0].query")).isEqualTo("query.tsv / QUERY-1");
        assertThat((String) JsonPath.read(body, "$[0].hits[0].denomination")).isEqualTo(d.get("child"));
        assertThat((String) JsonPath.read(body, "$[0].hits[1].denomination")).isEqualTo(d.get("initial"));
        assertThat((String) JsonPath.read(body, "$[0].hits[1].classification")).isEqualTo("edv-candidate");
        assertThat((Integer) JsonPath.read(body, "$[0].thresholds.maxDifferingIndistinct"))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM match_run WHERE query_label = 'query.tsv / QUERY-1'", Integer.class))
                .isPositive();

        mvc.perform(multipart("/api/v1/matches")
                        .file(new MockMultipartFile(
                                "file",
                                "bad.tsv",
                                "text/plain",
                                "QUERY-1\tNoSuchLocus\tACGT\t10\n".getBytes(StandardCharsets.UTF_8)))
                        .param("panelId", String.valueOf(panel))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.source").value("bad.tsv"))
                .andExpect(jsonPath("$.line").value(1));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> paths = JsonPath.read(doc, "$.paths");
        assertThat(paths)
                .containsKeys(
                        "/api/v1/varieties",
                        "/api/v1/varieties/{id}",
                        "/api/v1/imports",
                        "/api/v1/imports/{id}",
                        "/api/v1/matches",
                        "/api/v1/comparisons",
                        "/api/v1/crops",
                        "/api/v1/crops/{code}",
                        "/api/v1/crops/{code}/pairs",
                        "/api/v1/panels",
                        "/api/v1/profiles/{id}");
    }

    @Test
    void comparisonListsEveryDifferingLocus() throws Exception {
        Map<String, Object> d =
                jdbc.queryForMap("SELECT v.denomination_latin AS child, i.denomination_latin AS initial "
                        + "FROM variety v JOIN variety_parent p ON p.variety_id = v.id JOIN variety i ON i.id = p.parent_id "
                        + "WHERE " + ON_DEMO_RICE_PANEL + " AND p.role = 'MUTANT_OF' ORDER BY v.id LIMIT 1");
        long a = profileOf("ORYZA_SAT", (String) d.get("child")), b = profileOf("ORYZA_SAT", (String) d.get("initial"));
        String body = mvc.perform(get("/api/v1/comparisons?a=" + a + "&b=" + b))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int compared = JsonPath.read(body, "$.counts.compared");
        int identical = JsonPath.read(body, "$.counts.identical");
        List<Object> differing = JsonPath.read(body, "$.differing");
        assertThat(differing).hasSize(compared - identical).isNotEmpty();
        assertThat((String) JsonPath.read(body, "$.differing[0].locusId")).startsWith("OsMNP");
        long maize = profileOf("ZEAAA_MAY", "B73");
        mvc.perform(get("/api/v1/comparisons?a=" + a + "&b=" + maize)).andExpect(status().isBadRequest());
    }

    @Test
    void pairsMapIsComputedInTheBackgroundAndHoldsTheDerivedPairs() throws Exception {
        MvcResult r = null;
        for (int i = 0; i < 100; i++) {
            r = mvc.perform(get("/api/v1/crops/ORYZA_SAT/pairs?minSimilarity=0.9&size=1000"))
                    .andReturn();
            if (r.getResponse().getStatus() == 200) break;
            assertThat(r.getResponse().getStatus()).isEqualTo(202);
            Thread.sleep(100);
        }
        String body = r.getResponse().getContentAsString();
        List<Map<String, Object>> all = JsonPath.read(body, "$.pairs.items");
        assertThat((Integer) JsonPath.read(body, "$.pairs.totalItems")).isEqualTo(all.size());
        assertThat((Double) JsonPath.read(body, "$.thresholds.edvSimilarity")).isEqualTo(0.9);
        assertThat(all.size()).isGreaterThanOrEqualTo(RiceSimulation.DERIVED - 2);
        Map<String, Object> d =
                jdbc.queryForMap("SELECT v.denomination_latin AS child, i.denomination_latin AS initial "
                        + "FROM variety v JOIN variety_parent p ON p.variety_id = v.id JOIN variety i ON i.id = p.parent_id "
                        + "WHERE " + ON_DEMO_RICE_PANEL + " AND p.role = 'RECURRENT' ORDER BY v.id LIMIT 1");
        assertThat(all)
                .anySatisfy(p -> assertThat(List.of(p.get("nameA"), p.get("nameB")))
                        .containsExactlyInAnyOrder(d.get("child"), d.get("initial")));
        assertThat(all).allSatisfy(p -> assertThat((Double) p.get("similarity")).isGreaterThanOrEqualTo(0.9));
    }

    @Autowired
    DemoWorkspaces workspaces;

    @Autowired
    DemoReports reports;

    /** The demo's reports: the examiner's EDV report and, in the demo case, the court-ordered comparison. */
    @Test
    void theDemoIssuesAnEdvReportAndACourtOrderedComparisonInItsCase() throws Exception {
        String s = java.util.UUID.randomUUID().toString().substring(0, 8);
        organisations.findOrCreate(
                "DR-SEEDS",
                "Demo reports seeds",
                null,
                org.seedprint.registry.accounts.Organisation.Kind.BREEDER,
                "CHN");
        organisations.findOrCreate(
                "DR-COURT", "Demo reports court", null, org.seedprint.registry.accounts.Organisation.Kind.COURT, "CHN");
        organisations.findOrCreate(
                "DR-RIVAL",
                "Demo reports rival",
                null,
                org.seedprint.registry.accounts.Organisation.Kind.BREEDER,
                "CHN");
        organisations.findOrCreate(
                "DR-ADMIN",
                "Demo reports registry",
                null,
                org.seedprint.registry.accounts.Organisation.Kind.AUTHORITY,
                "CHN");
        var cast = new DemoWorkspaces.Cast("dr-breeder-" + s, "dr-court-" + s, "dr-admin-" + s, "dr-rival-" + s);
        var roles = Map.of(
                cast.breeder(), org.seedprint.registry.platform.Role.BREEDER,
                cast.court(), org.seedprint.registry.platform.Role.COURT,
                cast.administrator(), org.seedprint.registry.platform.Role.ADMINISTRATOR,
                cast.rival(), org.seedprint.registry.platform.Role.BREEDER);
        roles.forEach((name, role) -> accounts.createUser(
                name,
                name.equals(cast.court())
                        ? "DR-COURT"
                        : name.equals(cast.administrator())
                                ? "DR-ADMIN"
                                : name.equals(cast.rival()) ? "DR-RIVAL" : "DR-SEEDS",
                java.util.Set.of(role),
                null));
        DemoWorkspaces.Made made = workspaces.seed(cast);
        // the only test that issues the demo reports: none with their reference exists before
        reports.issue(made.courtCase(), cast.court());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM comparison_report WHERE reference = ? AND kind = 'EXAMINER'",
                        Long.class,
                        DemoReports.REFERENCE))
                .isEqualTo(1);
        List<Map<String, Object>> ordered = jdbc.queryForList(
                "SELECT kind, form, organisation_id FROM comparison_report WHERE case_id = ?",
                made.courtCase().id());
        assertThat(ordered).hasSize(1);
        assertThat(ordered.getFirst()).containsEntry("kind", "COURT_ORDER").containsEntry("form", "SINGLE");
        assertThat(((Number) ordered.getFirst().get("organisation_id")).longValue())
                .isEqualTo(made.courtCase().courtOrganisationId());
    }
}
