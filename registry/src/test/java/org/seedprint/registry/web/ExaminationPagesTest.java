package org.seedprint.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.platform.AccessRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The examination pages over real HTTP: a bad batch upload names every problem (file, line,
 * field) on the page and stores nothing; a good one goes to its batch page, which ends with the
 * summary per class and the heatmap; the filtered, paged list; an application with its hits and
 * the differing-locus picture; the decision form's refusals as page messages, the four-eyes rule
 * (the decider's countersignature refused, a second examiner's taken), a reopening with its
 * reason; the applicant reads its own application only, others are refused.
 */
@RegistryIntegrationTest
class ExaminationPagesTest {

    private static final Pattern BATCH = Pattern.compile("/examination/batches/(\\d+)$");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessRules rules;

    @Test
    void aBatchIsUploadedScreenedDecidedCountersignedAndReopenedOnThePages() throws Exception {
        ExaminationSteps.Batch1 b = ExaminationSteps.batch(context, mvc);
        WebSession examiner = new WebSession(port).signIn("web-examiner");
        String form = examiner.page("/examination/batches").body();
        assertThat(form).contains("批次上传", "id=\"batch-form\"", "value=\"" + b.panelId() + "\"");
        String csrf = WebSession.csrfField(form);

        // a bad batch: every problem named on the page, nothing stored
        String[] bad = ExaminationSteps.badBatch(b);
        long before = count(b.tag());
        HttpResponse<String> refused = examiner.postFiles(
                "/examination/batches",
                Map.of("panelId", Long.toString(b.panelId()), "_csrf", csrf),
                List.of(new String[] {"applications", "bad.csv", bad[1]}, new String[] {"genotypes", "bad.tsv", bad[2]
                }));
        assertThat(refused.statusCode()).isEqualTo(400);
        String problems = refused.body();
        assertThat(problems)
                .contains("data-test=\"problems\"", "nothing was stored", "bad.csv", "bad.tsv")
                .contains("unknown crop &#39;MARS_WHEAT&#39;", "appears twice in the batch")
                .contains("<code>crop</code>", "<code>application_number</code>");
        assertThat(rows(problems, "class=\"problem\"")).isGreaterThanOrEqualTo(3);
        assertThat(problems).containsPattern("<td class=\"num\">4</td>\\s*<td><code>application_number</code>");
        HttpResponse<String> column = examiner.postFiles(
                "/examination/batches",
                Map.of("panelId", Long.toString(b.panelId()), "_csrf", csrf),
                List.of(
                        new String[] {"applications", "columns.csv", bad[0]},
                        new String[] {"genotypes", "bad.tsv", bad[2]}));
        assertThat(column.statusCode()).isEqualTo(400);
        assertThat(column.body()).contains("colour", "columns.csv", "data-test=\"problems\"");
        assertThat(count(b.tag())).as("nothing of a bad batch is stored").isEqualTo(before);
        HttpResponse<String> noFiles = examiner.postFiles(
                "/examination/batches", Map.of("panelId", Long.toString(b.panelId()), "_csrf", csrf), List.of());
        assertThat(noFiles.statusCode()).isEqualTo(400);
        assertThat(noFiles.body()).contains("输入有误（applications）");
        assertThat(examiner.postFiles(
                                "/examination/batches",
                                Map.of("panelId", Long.toString(b.panelId())),
                                List.<String[]>of(new String[] {"applications", "a.csv", b.csv()}))
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);

        // a good batch: its page, then the summary and the heatmap once screened
        HttpResponse<String> filed = examiner.postFiles(
                "/examination/batches",
                Map.of("panelId", Long.toString(b.panelId()), "_csrf", csrf),
                List.of(
                        new String[] {"applications", "applications.csv", b.csv()},
                        new String[] {"genotypes", "candidates.tsv", b.tsv()}));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        Matcher m = BATCH.matcher(
                URI.create(filed.headers().firstValue("Location").orElseThrow()).getPath());
        assertThat(m.find()).isTrue();
        String batchPath = "/examination/batches/" + m.group(1);
        String first = examiner.page(batchPath).body();
        assertThat(first).contains("id=\"progress\"", "筛查进度");
        waitDone(examiner, m.group(1));
        String batch = examiner.page(batchPath).body();
        assertThat(batch)
                .contains("data-test=\"summary\"", "data-test=\"heatmap\"", "DONE")
                .doesNotContain("location.reload");
        for (String number : b.truth().keySet()) assertThat(batch).contains("/examination/applications/" + number);
        assertThat(batch).containsPattern("(?s)data-class=\"indistinct\">\\s*<dt>(?:(?!</dt>).)*</dt>\\s*<dd>2</dd>");
        assertThat(batch)
                .containsPattern("(?s)data-class=\"edv-candidate\">\\s*<dt>(?:(?!</dt>).)*</dt>\\s*<dd>3</dd>");
        assertThat(rows(batch, "class=\"cell"))
                .as("8 candidates x their nearest varieties")
                .isGreaterThanOrEqualTo(8 * 3);
        assertThat(batch).contains("Examref " + b.tag() + " 0", "linearGradient");

        // the list: filters and paging through the one resolver
        String indistinct = examiner.page("/examination/applications?crop=ORYZA_SAT&class=indistinct&size=1000")
                .body();
        assertThat(indistinct)
                .contains(b.number("indistinct"))
                .doesNotContain(">" + b.tag() + "-A1<", ">" + b.tag() + "-A3<");
        String paged = examiner.page("/examination/applications?size=2").body();
        assertThat(rows(paged, "class=\"application\"")).isEqualTo(2);
        assertThat(paged).contains("id=\"next-page\"");
        assertThat(examiner.page("/examination/applications?status=lost").statusCode())
                .isEqualTo(400);
        assertThat(examiner.page("/examination/applications?status=lost").body())
                .contains("输入有误（status）");
        assertThat(examiner.page("/examination/applications?page=-1").statusCode())
                .isEqualTo(400);

        // an indistinct copy: hits, the picture with its one differing locus, the four-eyes rule
        String number = b.number("indistinct");
        String path = "/examination/applications/" + number;
        String app = examiner.page(path).body();
        assertThat(app)
                .contains("data-test=\"locus-map\"", "Chr12", "class=\"mark\"", "申请品种 candidate", "近似品种 hit")
                .contains("Examref " + b.tag() + " 0", "四眼", "id=\"decision-form\"", "名称核查");
        assertThat(rows(app, "<g class=\"mark\">")).isEqualTo(1);

        HttpResponse<String> noReason = examiner.postForm(
                path + "/decision", Map.of("code", "indistinct", "reason", " ", "_csrf", WebSession.csrfField(app)));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("输入有误（reason）", "a reason is required", "id=\"decision-form\"");
        HttpResponse<String> badCode = examiner.postForm(
                path + "/decision", Map.of("code", "granted", "reason", "x", "_csrf", WebSession.csrfField(app)));
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("输入有误（code）");
        HttpResponse<String> decided = examiner.postForm(
                path + "/decision",
                Map.of("code", "indistinct", "reason", "一个位点差异 one locus differs", "_csrf", WebSession.csrfField(app)));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(decided.headers().firstValue("Location").orElseThrow()).contains("awaiting");
        String awaiting = examiner.page(path).body();
        assertThat(awaiting)
                .contains("data-test=\"awaiting\"", "web-examiner", "一个位点差异 one locus differs", "id=\"countersign\"")
                .doesNotContain("id=\"decision-form\"");
        HttpResponse<String> self =
                examiner.postForm(path + "/countersign", Map.of("_csrf", WebSession.csrfField(awaiting)));
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("无权进行此操作", "cannot countersign");
        HttpResponse<String> twice = examiner.postForm(
                path + "/decision",
                Map.of("code", "distinct", "reason", "again", "_csrf", WebSession.csrfField(awaiting)));
        assertThat(twice.statusCode()).isIn(409);

        WebSession second = new WebSession(port).signIn(ExaminationSteps.SECOND_EXAMINER);
        String seen = second.page(path).body();
        assertThat(seen).contains("id=\"countersign\"").doesNotContain("disabled=\"disabled\"");
        assertThat(second.postForm(path + "/countersign", Map.of("_csrf", WebSession.csrfField(seen)))
                        .statusCode())
                .isEqualTo(302);
        String decidedPage = second.page(path).body();
        assertThat(decidedPage).contains("已决定", ExaminationSteps.SECOND_EXAMINER, "in force");
        boolean reportEndpoint = rules.find(HttpMethod.POST, "/api/v1/examination/applications/" + number + "/report")
                .isPresent();
        assertThat(decidedPage.contains("id=\"issue-report\""))
                .as("the report button shows once the reports area's endpoint is in the access table")
                .isEqualTo(reportEndpoint);

        HttpResponse<String> noWhy =
                second.postForm(path + "/reopen", Map.of("reason", "", "_csrf", WebSession.csrfField(decidedPage)));
        assertThat(noWhy.statusCode()).isEqualTo(400);
        assertThat(noWhy.body()).contains("输入有误（reason）");
        assertThat(second.postForm(
                                path + "/reopen",
                                Map.of("reason", "新证据 new evidence", "_csrf", WebSession.csrfField(decidedPage)))
                        .statusCode())
                .isEqualTo(302);
        String reopened = second.page(path).body();
        assertThat(reopened).contains("已筛查", "新证据 new evidence", "class=\"decision reopened\"", "id=\"decision-form\"");

        // the applicant reads its own, read-only; others are refused
        WebSession applicant = new WebSession(port).signIn(ExaminationSteps.APPLICANT_USER);
        String own = applicant.page("/examination/applications").body();
        assertThat(own).contains(number, "只读");
        String ownApp = applicant.page(path).body();
        assertThat(ownApp).contains("data-test=\"locus-map\"").doesNotContain("id=\"decision-form\"", "id=\"reopen\"");
        assertThat(applicant.page(batchPath).statusCode()).isEqualTo(403);
        assertThat(applicant.page("/examination/batches").statusCode()).isEqualTo(403);
        assertThat(applicant
                        .postForm(
                                path + "/decision",
                                Map.of("code", "distinct", "reason", "mine", "_csrf", WebSession.csrfField(ownApp)))
                        .statusCode())
                .isEqualTo(403);
        WebSession rival = new WebSession(port).signIn("web-breeder");
        assertThat(rival.page(path).statusCode())
                .as("another organisation's application")
                .isEqualTo(404);
        assertThat(rival.page("/examination/applications").body()).doesNotContain(number);
        assertThat(new WebSession(port)
                        .signIn("web-court")
                        .page("/examination/applications")
                        .statusCode())
                .isEqualTo(403);
        assertThat(new WebSession(port).page(path).statusCode())
                .as("the public signs in first")
                .isEqualTo(302);
        assertThat(examiner.page("/examination/applications/NO-SUCH-1").statusCode())
                .isEqualTo(404);

        // an EDV candidate: several differing loci in its picture
        String edv =
                examiner.page("/examination/applications/" + b.tag() + "-A4").body();
        assertThat(rows(edv, "<g class=\"mark\">")).isGreaterThanOrEqualTo(9);
        assertThat(examiner.page("/").body()).contains("/examination/applications");
    }

    private long count(String tag) {
        Long n = jdbc.queryForObject(
                "SELECT count(*) FROM examination_application WHERE application_number LIKE ?", Long.class, tag + "-%");
        return n == null ? 0 : n;
    }

    private static int rows(String html, String marker) {
        int n = 0;
        for (int i = html.indexOf(marker); i >= 0; i = html.indexOf(marker, i + 1)) n++;
        return n;
    }

    private static void waitDone(WebSession s, String id) throws Exception {
        for (int i = 0; i < 1200; i++) {
            String body = s.getJson("/api/v1/examination/batches/" + id).body();
            String status = JsonPath.read(body, "$.status");
            if (!List.of("QUEUED", "SCREENING").contains(status)) {
                assertThat(status).as(body).isEqualTo("DONE");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch " + id + " did not finish");
    }
}
