package org.seedprint.registry.examination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.SignedIn;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A batch of 60 candidates whose class is known by construction, screened through the API: every
 * application's class equals the truth, the batch's summary counts match, close hits carry their
 * differing loci; then a decision, the four-eyes countersignature (rice requires it), a reopening
 * with its reason, the move to reported, the audit trail and who may read what.
 */
@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class ExaminationScreeningTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Applications applications;

    @Autowired
    Accounts accounts;

    @Test
    void everyCandidateIsClassedAsItsTruthAndTheDecisionNeedsASecondExaminer() throws Exception {
        String tag = "S" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        ExaminationFixture fx = new ExaminationFixture(tag, 20261202L);
        long panelId = fx.importLibrary(mvc, jdbc, 40);

        Map<String, String> truth = new LinkedHashMap<>();
        StringBuilder csv = new StringBuilder(
                "application_number,applicant,crop,denomination_latin,denomination_chinese,female,male,derivation,filing_date\n");
        StringBuilder tsv = new StringBuilder();
        int n = 0;
        for (int i = 0; i < 20; i++)
            fx.candidate(truth, csv, tsv, "distinct", ++n, fx.random(), null, null, null, "Examcand", null);
        for (int i = 0; i < 15; i++) {
            String ref = fx.references.get(i);
            fx.candidate(
                    truth,
                    csv,
                    tsv,
                    "indistinct",
                    ++n,
                    fx.mutate(fx.genotypes.get(ref), 1),
                    null,
                    null,
                    null,
                    "Examcand",
                    null);
        }
        for (int i = 0; i < 15; i++) {
            String ref = fx.references.get(15 + i);
            fx.candidate(
                    truth,
                    csv,
                    tsv,
                    "edv-candidate",
                    ++n,
                    fx.mutate(fx.genotypes.get(ref), 6),
                    null,
                    ref,
                    null,
                    "Examcand",
                    null);
        }
        for (int i = 0; i < 5; i++) {
            String a = fx.references.get(30 + i), b = fx.references.get(35 + i);
            fx.candidate(
                    truth, csv, tsv, "distinct", ++n, fx.genotypes.get(a), fx.genotypes.get(b), a, b, "Examcand", null);
        }
        for (int i = 0; i < 5; i++) {
            int[] g = fx.mutate(fx.genotypes.get(fx.references.get(i)), 0);
            for (int l = 0; l < g.length; l++) if (l % 3 != 0) g[l] = -1;
            fx.candidate(truth, csv, tsv, "inconclusive", ++n, g, null, null, null, "Examcand", null);
        }
        assertThat(truth).hasSize(60);

        MockHttpServletResponse res = ExaminationFixture.post(mvc, csv.toString(), tsv.toString(), panelId);
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(202);
        int batch = JsonPath.read(res.getContentAsString(), "$.id");
        assertThat(res.getHeader("Location")).isEqualTo("/api/v1/examination/batches/" + batch);
        String done = ExaminationFixture.waitForBatch(mvc, batch);

        assertThat(JsonPath.<Integer>read(done, "$.done")).isEqualTo(60);
        assertThat(JsonPath.<Integer>read(done, "$.total")).isEqualTo(60);
        for (String c : List.of("distinct", "indistinct", "edv-candidate", "inconclusive")) {
            List<String> expected = truth.entrySet().stream()
                    .filter(e -> e.getValue().equals(c))
                    .map(Map.Entry::getKey)
                    .toList();
            assertThat(JsonPath.<List<String>>read(done, "$.summary['" + c + "']"))
                    .as(c)
                    .containsExactlyElementsOf(expected);
            assertThat(JsonPath.<Integer>read(done, "$.counts['" + c + "']"))
                    .as(c)
                    .isEqualTo(expected.size());
        }
        for (var e : truth.entrySet()) {
            String body = read(e.getKey(), examiner("examiner"));
            assertThat(JsonPath.<String>read(body, "$.screening.classification"))
                    .as(e.getKey())
                    .isEqualTo(e.getValue());
            assertThat(JsonPath.<String>read(body, "$.application.status")).isEqualTo("SCREENED");
        }

        // an indistinct copy: its top hit is the reference it copies, with the one differing locus and both genotypes
        String copy = tag + "-A21";
        String body = read(copy, examiner("examiner"));
        assertThat(JsonPath.<String>read(body, "$.screening.hits[0].hit.classification"))
                .isEqualTo("indistinct");
        assertThat(JsonPath.<String>read(body, "$.screening.hits[0].hit.denomination"))
                .isEqualTo("Examref " + tag + " 0");
        assertThat(JsonPath.<Integer>read(body, "$.screening.hits[0].hit.differing"))
                .isEqualTo(1);
        assertThat(JsonPath.<List<Object>>read(body, "$.screening.hits[0].differing"))
                .hasSize(1);
        assertThat(JsonPath.<List<String>>read(body, "$.screening.hits[0].differing[0].first"))
                .hasSize(1);
        assertThat(JsonPath.<Integer>read(body, "$.screening.thresholds.maxDifferingIndistinct"))
                .isEqualTo(2);
        assertThat(JsonPath.<Integer>read(body, "$.screening.panel.loci")).isEqualTo(120);
        // distinct hits carry no differing list
        assertThat(JsonPath.<List<Object>>read(body, "$.screening.hits[1].differing"))
                .isEmpty();
        Long runs =
                jdbc.queryForObject("SELECT count(*) FROM examination_screening WHERE batch_id = ?", Long.class, batch);
        assertThat(runs).isEqualTo(60);

        // decision: rice needs four eyes, the same examiner cannot countersign
        RequestPostProcessor first = examiner("examiner");
        MockHttpServletResponse d = postJson(
                copy + "/decision", "{\"code\":\"indistinct\",\"reason\":\"one differing locus of 120\"}", first);
        assertThat(d.getStatus()).as(d.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(d.getContentAsString(), "$.application.status"))
                .isEqualTo("SCREENED");
        assertThat(JsonPath.<Boolean>read(d.getContentAsString(), "$.decisions[0].countersignRequired"))
                .isTrue();
        assertThat(postJson(copy + "/countersign", "{}", first).getStatus()).isEqualTo(403);
        assertThat(postJson(copy + "/decision", "{\"code\":\"distinct\",\"reason\":\"again\"}", first)
                        .getStatus())
                .isEqualTo(409);
        MockHttpServletResponse c = postJson(copy + "/countersign", "{}", examiner("examiner2"));
        assertThat(c.getStatus()).as(c.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(c.getContentAsString(), "$.application.status"))
                .isEqualTo("DECIDED");
        assertThat(JsonPath.<String>read(c.getContentAsString(), "$.decisions[0].countersignedBy"))
                .isEqualTo("examiner2");
        assertThat(JsonPath.<String>read(c.getContentAsString(), "$.decisions[0].decidedBy"))
                .isEqualTo("examiner");

        // reopening keeps the decision with its reason; a bad code or a blank reason is refused
        assertThat(postJson(copy + "/reopen", "{\"reason\":\" \"}", first).getStatus())
                .isEqualTo(400);
        MockHttpServletResponse r =
                postJson(copy + "/reopen", "{\"reason\":\"the applicant sent a new sample\"}", first);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(r.getContentAsString(), "$.application.status"))
                .isEqualTo("SCREENED");
        assertThat(JsonPath.<String>read(r.getContentAsString(), "$.decisions[0].reopenReason"))
                .isEqualTo("the applicant sent a new sample");
        assertThat(postJson(copy + "/decision", "{\"code\":\"maybe\",\"reason\":\"x\"}", first)
                        .getStatus())
                .isEqualTo(400);
        // an oversize reason without a code is the reason's fault; the detail names both
        MockHttpServletResponse longReason =
                postJson(copy + "/decision", "{\"reason\":\"" + "x".repeat(4001) + "\"}", first);
        assertThat(longReason.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(longReason.getContentAsString(), "$.field"))
                .isEqualTo("reason");
        assertThat(JsonPath.<String>read(longReason.getContentAsString(), "$.detail"))
                .contains("code")
                .contains("longer than 4000");
        postJson(copy + "/decision", "{\"code\":\"field-trial\",\"reason\":\"grow it out\"}", first);
        postJson(copy + "/countersign", "{}", examiner("examiner2"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM examination_decision d JOIN examination_application a ON a.id = d.application_id "
                                + "WHERE a.application_number = ?",
                        Long.class,
                        copy))
                .isEqualTo(2);

        UUID report = UUID.randomUUID();
        Application reported = SignedIn.as("examiner", Role.EXAMINER, () -> applications.markReported(copy, report));
        assertThat(reported.status()).isEqualTo(Application.Status.REPORTED);
        assertThat(reported.reportId()).isEqualTo(report);
        assertThat(postJson(copy + "/reopen", "{\"reason\":\"late\"}", first).getStatus())
                .isEqualTo(409);

        List<String> actions = jdbc.queryForList(
                "SELECT action FROM audit_event WHERE subject = ? ORDER BY seq", String.class, "application:" + copy);
        assertThat(actions)
                .containsExactly(
                        "examination.file",
                        "examination.screen",
                        "examination.decide",
                        "examination.countersign",
                        "examination.reopen",
                        "examination.decide",
                        "examination.countersign",
                        "examination.report");

        // the applicant's breeder reads its own application; another breeder cannot see it; a court is refused
        String mine = "exam-" + tag.toLowerCase(java.util.Locale.ROOT) + "-own";
        String rival = "exam-" + tag.toLowerCase(java.util.Locale.ROOT) + "-rival";
        accounts.createUser(mine, ExaminationFixture.APPLICANT, Set.of(Role.BREEDER), "exam-test-password");
        accounts.createOrganisation(tag + "-RIVAL", "Rival " + tag, null, Organisation.Kind.BREEDER, "CHN");
        accounts.createUser(rival, tag + "-RIVAL", Set.of(Role.BREEDER), "exam-test-password");
        assertThat(status(copy, user(mine).roles("BREEDER"))).isEqualTo(200);
        assertThat(status(copy, user(rival).roles("BREEDER"))).isEqualTo(404);
        assertThat(status(copy, user("court").roles("COURT"))).isEqualTo(403);
        String rivalList = mvc.perform(
                        get("/api/v1/examination/applications").with(user(rival).roles("BREEDER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(rivalList, "$[*].number")).doesNotContain(copy);
        String filtered = mvc.perform(get("/api/v1/examination/applications")
                        .param("class", "edv-candidate")
                        .param("crop", "ORYZA_SAT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(filtered, "$[*].number"))
                .containsAll(truth.entrySet().stream()
                        .filter(e -> e.getValue().equals("edv-candidate"))
                        .map(Map.Entry::getKey)
                        .toList())
                .doesNotContain(copy);
        MockHttpServletResponse badClass = mvc.perform(
                        get("/api/v1/examination/applications").param("class", "x".repeat(5000)))
                .andReturn()
                .getResponse();
        assertThat(badClass.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badClass.getContentAsString(), "$.field"))
                .isEqualTo("class");
        assertThat(status(copy, user("x").roles("EXAMINER"))).isEqualTo(200);
        assertThat(mvc.perform(post("/api/v1/examination/applications/" + copy + "/decision")
                                .with(user(mine).roles("BREEDER"))
                                .with(csrf())
                                .contentType("application/json")
                                .content("{\"code\":\"distinct\",\"reason\":\"mine\"}"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private static RequestPostProcessor examiner(String name) {
        return user(name).roles("EXAMINER");
    }

    private String read(String number, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/examination/applications/" + number)
                        .with(who))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString();
    }

    private int status(String number, RequestPostProcessor who) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/examination/applications/" + number)
                        .with(who))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private MockHttpServletResponse postJson(String path, String json, RequestPostProcessor who) throws Exception {
        return org.seedprint.registry.TestExamination.postJson(mvc, path, json, who);
    }
}
