package org.seedprint.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class ImportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static final String BED = "chr1\t100\t300\tL1\nchr1\t500\t700\tL2\nchr2\t100\t250\tL3\n";
    static final String VARIETIES = """
            sample,denomination_latin,denomination_chinese,kind,status,breeder_code,breeder_name,female,male,derivation,application_date,synonyms
            IMP-A,Imptest Alpha,导入甲,AUTHORISED,GRANTED,IMPTEST-ORG,Import Test Seeds,,,,2020-01-02,IA-1;Alpha old
            IMP-B,Imptest Beta,导入乙,AUTHORISED,GRANTED,IMPTEST-ORG,Import Test Seeds,,,,,
            IMP-C,Imptest Gamma,,CANDIDATE,UNDER_EXAMINATION,IMPTEST-ORG,Import Test Seeds,Imptest Alpha,导入乙,CROSS,2025-03-01,
            """;
    static final String GENOTYPES = """
            sample\tlocus\talleles\tdepths
            IMP-A\tL1\tACGT\t40
            IMP-A\tL2\tTTAA/TTAC\t20/22
            IMP-A\tL3\tGG\t31
            IMP-B\tL1\tACGA\t50
            IMP-B\tL2\tTTAA\t35
            IMP-B\tL3\t.\t.
            IMP-C\tL1\tACGT\t44
            IMP-C\tL2\tTTAA\t41
            IMP-C\tL3\tGC\t39
            """;

    private MockMultipartHttpServletRequestBuilder request(String varieties, String genotypes, String panelName) {
        MockMultipartHttpServletRequestBuilder b = multipart("/api/v1/imports");
        b.file(new MockMultipartFile(
                "varieties", "varieties.csv", "text/csv", varieties.getBytes(StandardCharsets.UTF_8)));
        b.file(new MockMultipartFile(
                "genotypes", "genotypes.tsv", "text/tab-separated-values", genotypes.getBytes(StandardCharsets.UTF_8)));
        b.file(new MockMultipartFile("panel", "panel.bed", "text/plain", BED.getBytes(StandardCharsets.UTF_8)));
        b.param("crop", "ORYZA_SAT")
                .param("panelName", panelName)
                .param("panelVersion", "1")
                .param("lab", "test lab");
        b.with(csrf());
        return b;
    }

    private String await(int id) throws Exception {
        for (int i = 0; i < 300; i++) {
            String body = mvc.perform(get("/api/v1/imports/" + id))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String status = JsonPath.read(body, "$.status");
            if (List.of("SUCCEEDED", "REJECTED", "FAILED").contains(status)) return body;
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    @Test
    void importsVarietiesWithPedigreeAndProfilesOnceOnly() throws Exception {
        var first = mvc.perform(request(VARIETIES, GENOTYPES, "import-test"))
                .andReturn()
                .getResponse();
        assertThat(first.getStatus()).isEqualTo(202);
        int id = JsonPath.read(first.getContentAsString(), "$.id");
        String done = await(id);
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("SUCCEEDED");
        assertThat((Integer) JsonPath.read(done, "$.varietiesAdded")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(done, "$.profilesAdded")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(done, "$.progressDone")).isEqualTo(6);

        Map<String, Object> gamma =
                jdbc.queryForMap("SELECT id, kind FROM variety WHERE denomination_latin = 'Imptest Gamma'");
        assertThat(jdbc.queryForList(
                        "SELECT p.role || ':' || v.denomination_latin FROM variety_parent p JOIN variety v ON v.id = p.parent_id "
                                + "WHERE p.variety_id = ? ORDER BY p.role",
                        String.class,
                        gamma.get("id")))
                .containsExactly("FEMALE:Imptest Alpha", "MALE:Imptest Beta");
        assertThat(jdbc.queryForList(
                        "SELECT synonym FROM variety_synonym s JOIN variety v ON v.id = s.variety_id "
                                + "WHERE v.denomination_latin = 'Imptest Alpha' ORDER BY position",
                        String.class))
                .containsExactly("IA-1", "Alpha old");
        long profile = jdbc.queryForObject(
                "SELECT p.id FROM profile p JOIN sample s ON s.id = p.sample_id WHERE s.variety_id = ?",
                Long.class,
                gamma.get("id"));
        String view = mvc.perform(get("/api/v1/profiles/" + profile))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(view, "$.genotypes.L3")).containsExactly("GC");
        assertThat((String) JsonPath.read(view, "$.provenance.lab")).isEqualTo("test lab");
        assertThat((String) JsonPath.read(view, "$.provenance.sourceSha256")).hasSize(64);

        var again = mvc.perform(request(VARIETIES, GENOTYPES, "import-test"))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.id")).isEqualTo(id);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM variety WHERE denomination_latin LIKE 'Imptest %'", Integer.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM profile p JOIN sample s ON s.id = p.sample_id JOIN variety v "
                                + "ON v.id = s.variety_id WHERE v.denomination_latin LIKE 'Imptest %'",
                        Integer.class))
                .isEqualTo(3);
    }

    @Test
    void rejectsMalformedRowsNamingLineAndFieldAndWritesNothing() throws Exception {
        String badVarieties = """
                sample,denomination_latin,kind,status,application_date,female
                BAD-A,Badimport One,AUTHORISED,GRANTED,,
                BAD-B,Badimport Two,WILD_GUESS,GRANTED,,
                BAD-C,Badimport Three,CANDIDATE,APPLIED,2025-13-45,
                BAD-D,Badimport Four,CANDIDATE,APPLIED,,No Such Parent
                """;
        String badGenotypes = "sample\tlocus\talleles\tdepths\nBAD-A\tL1\tACGT\t40\nBAD-A\tL9\tACGT\t40\n";
        var r = mvc.perform(request(badVarieties, badGenotypes, "import-bad"))
                .andReturn()
                .getResponse();
        int id = JsonPath.read(r.getContentAsString(), "$.id");
        String done = await(id);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("REJECTED");
        List<Map<String, Object>> rejected = JsonPath.read(done, "$.rejections.items");
        assertThat(rejected)
                .extracting(m -> m.get("source") + ":" + m.get("line") + ":" + m.get("field"))
                .contains(
                        "varieties.csv:3:kind",
                        "varieties.csv:4:application_date",
                        "varieties.csv:5:female",
                        "genotypes.tsv:3:locus");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM variety WHERE denomination_latin LIKE 'Badimport %'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM marker_panel WHERE name = 'import-bad'", Integer.class))
                .isZero();
    }

    @Test
    void addsGenotypesOfRegisteredVarietiesOnAStoredPanel() throws Exception {
        String varieties =
                VARIETIES.replace("Imptest", "Panelreuse").replace("导入", "复用").replace("IMP-", "PR-");
        String genotypes = GENOTYPES.replace("IMP-", "PR-");
        String first = mvc.perform(request(varieties, genotypes, "import-reuse"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(await(JsonPath.read(first, "$.id")), "$.status"))
                .isEqualTo("SUCCEEDED");
        long panelId = jdbc.queryForObject("SELECT id FROM marker_panel WHERE name = 'import-reuse'", Long.class);

        String later = "sample\tlocus\talleles\tdepths\nPanelreuse Beta\tL1\tACGA\t12\nPanelreuse Beta\tL2\tTTAA\t15\n";
        String r = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "genotypes", "resample.tsv", "text/plain", later.getBytes(StandardCharsets.UTF_8)))
                        .param("crop", "ORYZA_SAT")
                        .param("panelId", String.valueOf(panelId))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String done = await(JsonPath.read(r, "$.id"));
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("SUCCEEDED");
        assertThat((Integer) JsonPath.read(done, "$.profilesAdded")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM profile p JOIN sample s ON s.id = p.sample_id JOIN variety v "
                                + "ON v.id = s.variety_id WHERE v.denomination_latin = 'Panelreuse Beta'",
                        Integer.class))
                .isEqualTo(2);
    }

    @Test
    void importsMcpdPassportData() throws Exception {
        String mcpd = """
                INSTCODE,ACCENUMB,ACCENAME,GENUS,SPECIES,CROPNAME,ACQDATE,SAMPSTAT,ORIGCTY,OTHERNUMB
                CHN001,MCPD-0001,Mcpdtest Red,Oryza,sativa,rice,19990401,300,CHN,OLD-1
                CHN001,MCPD-0002,麦科红,Oryza,sativa,rice,20010502,500,CHN,
                """;
        var r = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "mcpd", "passport.csv", "text/csv", mcpd.getBytes(StandardCharsets.UTF_8)))
                        .param("crop", "ORYZA_SAT")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        String done = await(JsonPath.read(r.getContentAsString(), "$.id"));
        assertThat((String) JsonPath.read(done, "$.status")).as(done).isEqualTo("SUCCEEDED");
        assertThat(
                        jdbc.queryForMap(
                                "SELECT kind, accession_number, derivation_method FROM variety WHERE denomination_latin = 'Mcpdtest Red'"))
                .containsEntry("kind", "FARMER_VARIETY")
                .containsEntry("accession_number", "MCPD-0001")
                .containsEntry("derivation_method", "LANDRACE");
        assertThat(jdbc.queryForObject("SELECT kind FROM variety WHERE denomination_chinese = '麦科红'", String.class))
                .isEqualTo("GERMPLASM_ACCESSION");
    }
}
