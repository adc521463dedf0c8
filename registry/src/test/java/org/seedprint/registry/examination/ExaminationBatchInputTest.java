package org.seedprint.registry.examination;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A bad batch stores nothing (no batch, application, screening or audit event) and its answer
 * names every problem with file, line and field.
 */
@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class ExaminationBatchInputTest {

    static final String HEADER = "application_number,applicant,crop,denomination_latin,filing_date\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ExaminationFixture fx;
    long panelId;

    @BeforeEach
    void library() throws Exception {
        String tag = "B" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        fx = new ExaminationFixture(tag, 7L);
        panelId = fx.importLibrary(mvc, jdbc, 3);
    }

    private String genotypes(String... samples) {
        StringBuilder tsv = new StringBuilder();
        for (String s : samples) ExaminationFixture.append(tsv, s, fx.random(), null);
        return tsv.toString();
    }

    private String row(String number, String crop) {
        return number + "," + ExaminationFixture.APPLICANT + "," + crop + ",Badbatch " + number + ",2026-11-20\n";
    }

    private List<Long> counts() {
        return List.of(
                jdbc.queryForObject("SELECT count(*) FROM examination_batch", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM examination_application", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM examination_screening", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action LIKE 'examination.%'", Long.class));
    }

    private String refused(String csv, String tsv) throws Exception {
        List<Long> before = counts();
        MockHttpServletResponse r = ExaminationFixture.post(mvc, csv, tsv, panelId);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(400);
        assertThat(r.getContentType()).isEqualTo("application/problem+json");
        assertThat(counts()).isEqualTo(before);
        return JsonPath.read(r.getContentAsString(), "$.detail");
    }

    @Test
    void aWrongColumnIsNamed() throws Exception {
        String a = fx.tag + "-1";
        String detail = refused(HEADER.replace("crop", "kultur") + row(a, "ORYZA_SAT"), genotypes(a));
        assertThat(detail).contains("applications.csv line 1 field kultur: unknown column 'kultur'");
        assertThat(detail).contains("field crop: missing column 'crop'");
    }

    @Test
    void anUnknownCropADuplicateNumberAndAMissingSampleAreAllNamedAndNothingIsStored() throws Exception {
        String a = fx.tag + "-1", b = fx.tag + "-2", c = fx.tag + "-3";
        String detail = refused(
                HEADER + row(a, "ORYZA_SAT") + row(b, "NOT_A_CROP") + row(a, "ORYZA_SAT") + row(c, "ORYZA_SAT"),
                genotypes(a, b));
        assertThat(detail).startsWith("3 problem(s) in the batch; nothing was stored");
        assertThat(detail).contains("applications.csv line 3 field crop: unknown crop 'NOT_A_CROP'");
        assertThat(detail)
                .contains("applications.csv line 4 field application_number: application " + a + " appears twice");
        assertThat(detail).contains("applications.csv line 5 field sample: no genotypes of sample " + c);
    }

    @Test
    void aGenotypeFileWithABadLineIsNamedWithItsLine() throws Exception {
        String a = fx.tag + "-1", b = fx.tag + "-2";
        String tsv = genotypes(a) + b + "\tEX01_01\n" + genotypes(b);
        String detail = refused(HEADER + row(a, "ORYZA_SAT") + row(b, "ORYZA_SAT"), tsv);
        assertThat(detail).contains("candidates.tsv line 121");
    }

    @Test
    void anApplicationFiledBeforeIsADuplicate() throws Exception {
        String a = fx.tag + "-1";
        MockHttpServletResponse ok = ExaminationFixture.post(mvc, HEADER + row(a, "ORYZA_SAT"), genotypes(a), panelId);
        assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(202);
        ExaminationFixture.waitForBatch(mvc, JsonPath.read(ok.getContentAsString(), "$.id"));
        String detail = refused(HEADER + row(a, "ORYZA_SAT"), genotypes(a));
        assertThat(detail).contains("line 2 field application_number: application " + a + " is already filed");
    }
}
