package org.seedprint.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.TestImports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** A VCF (not TSV) upload to POST /api/v1/matches, against a panel and library the test imports. */
@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class VcfMatchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static final String BED = "chr1\t100\t300\tV1\nchr1\t500\t700\tV2\nchr2\t100\t250\tV3\n";
    static final String VARIETIES = """
            sample,denomination_latin,kind,status
            VCF-A,Vcftest Alpha,AUTHORISED,GRANTED
            VCF-B,Vcftest Beta,AUTHORISED,GRANTED
            VCF-C,Vcftest Gamma,AUTHORISED,GRANTED
            VCF-D,Vcftest Delta,AUTHORISED,GRANTED
            """;
    // two SNPs per locus; Gamma differs from Alpha at V3 only, so it ranks second for an Alpha query
    static final String LIBRARY_GT = """
            chr1\t150\t0/0\t1/1\t0/0\t1/1
            chr1\t200\t0/0\t1/1\t0/0\t0/0
            chr1\t600\t0/0\t1/1\t0/0\t0/0
            chr1\t650\t0/0\t1/1\t0/0\t1/1
            chr2\t120\t0/0\t1/1\t0/0\t1/1
            chr2\t200\t0/0\t1/1\t1/1\t0/0
            """;
    static final String QUERY_GT = """
            chr1\t150\t0/0\t1/1
            chr1\t200\t0/0\t1/1
            chr1\t600\t0/0\t1/1
            chr1\t650\t0/0\t1/1
            chr2\t120\t0/0\t1/1
            chr2\t200\t0/0\t1/1
            """;

    static String vcf(List<String> samples, String genotypes) {
        StringBuilder b = new StringBuilder("##fileformat=VCFv4.2\n##contig=<ID=chr1>\n##contig=<ID=chr2>\n")
                .append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n")
                .append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t")
                .append(String.join("\t", samples))
                .append('\n');
        for (String line : genotypes.strip().split("\n")) {
            String[] f = line.split("\t", 3);
            b.append(f[0])
                    .append('\t')
                    .append(f[1])
                    .append("\t.\tA\tG\t.\tPASS\t.\tGT\t")
                    .append(f[2])
                    .append('\n');
        }
        return b.toString();
    }

    private long importLibrary() throws Exception {
        var req = multipart("/api/v1/imports")
                .file(new MockMultipartFile(
                        "varieties", "varieties.csv", "text/csv", VARIETIES.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile(
                        "genotypes",
                        "library.vcf",
                        "text/plain",
                        vcf(List.of("VCF-A", "VCF-B", "VCF-C", "VCF-D"), LIBRARY_GT)
                                .getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("panel", "panel.bed", "text/plain", BED.getBytes(StandardCharsets.UTF_8)))
                .param("crop", "ORYZA_SAT")
                .param("format", "VCF")
                .param("panelName", "vcf-match-test")
                .param("panelVersion", "1")
                .with(csrf());
        TestImports.importAndWait(mvc, req);
        return jdbc.queryForObject("SELECT id FROM marker_panel WHERE name = 'vcf-match-test'", Long.class);
    }

    @Test
    void aVcfUploadIsMatchedSampleBySample() throws Exception {
        long panelId = importLibrary();
        var upload = multipart("/api/v1/matches")
                .file(new MockMultipartFile(
                        "file",
                        "query.vcf",
                        "text/plain",
                        vcf(List.of("Q-ALPHA", "Q-BETA"), QUERY_GT).getBytes(StandardCharsets.UTF_8)))
                .param("panelId", String.valueOf(panelId))
                .param("format", "VCF")
                .with(csrf());
        var res = mvc.perform(upload).andReturn().getResponse();
        String body = res.getContentAsString();
        assertThat(res.getStatus()).as(body).isEqualTo(200);

        assertThat(JsonPath.<List<String>>read(body, "$[*].query")).hasSize(2);
        assertThat((String) JsonPath.read(body, "$[0].query")).contains("Q-ALPHA");
        assertThat((String) JsonPath.read(body, "$[0].hits[0].denomination")).isEqualTo("Vcftest Alpha");
        assertThat((Integer) JsonPath.read(body, "$[0].hits[0].compared")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$[0].hits[0].identical")).isEqualTo(3);
        assertThat((String) JsonPath.read(body, "$[0].hits[1].denomination")).isEqualTo("Vcftest Gamma");
        assertThat((Integer) JsonPath.read(body, "$[0].hits[1].identical")).isEqualTo(2);
        assertThat((String) JsonPath.read(body, "$[1].query")).contains("Q-BETA");
        assertThat((String) JsonPath.read(body, "$[1].hits[0].denomination")).isEqualTo("Vcftest Beta");
        assertThat((Integer) JsonPath.read(body, "$[1].hits[0].identical")).isEqualTo(3);
    }
}
