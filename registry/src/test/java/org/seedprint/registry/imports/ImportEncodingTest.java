package org.seedprint.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Variety CSVs that are not UTF-8 (issue 14): GB18030 bytes of Chinese names are read as those
 * names (detected, or stated with {@code encoding}); a Latin-1 file is refused naming the line
 * that is not UTF-8, even when its bytes happen to decode as GBK; never a silently different name.
 */
@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class ImportEncodingTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void gb18030ChineseNamesAreDetectedAndReadAsThoseNames() throws Exception {
        String n = suffix();
        String csv = "denomination_chinese,denomination_latin,kind,status\n"
                + "丹霞红梨" + n + ",,CANDIDATE,APPLIED\n"
                + "郑单958" + n + ",Zhengdan 958 " + n + ",AUTHORISED,GRANTED\n"
                + "两优培九" + n + ",,AUTHORISED,GRANTED\n";
        byte[] bytes = csv.getBytes(GB18030);
        assertThat(utf8(bytes)).as("the test file is not UTF-8").isFalse();
        String job = run(bytes, null);
        assertThat((String) JsonPath.read(job, "$.status")).as(job).isEqualTo("SUCCEEDED");
        assertThat(chinese("丹霞红梨" + n)).isOne();
        assertThat(chinese("郑单958" + n)).isOne();
        assertThat(chinese("两优培九" + n)).isOne();
    }

    @Test
    void gb18030OutsideGb2312NeedsTheStatedEncoding() throws Exception {
        String n = suffix();
        // 镕 is a GBK character outside GB2312 (bytes E9 46): the detection does not guess it
        byte[] bytes = ("denomination_chinese,kind,status\n" + "朱镕" + n + ",CANDIDATE,APPLIED\n").getBytes(GB18030);
        String refused = run(bytes, null);
        assertThat((String) JsonPath.read(refused, "$.status")).isEqualTo("REJECTED");
        assertThat((String) JsonPath.read(refused, "$.rejections.items[0].field"))
                .isEqualTo("encoding");
        assertThat((Integer) JsonPath.read(refused, "$.rejections.items[0].line"))
                .isEqualTo(2);
        assertThat((String) JsonPath.read(refused, "$.rejections.items[0].reason"))
                .contains("line 2 is not UTF-8")
                .contains("encoding=GB18030");
        assertThat(chinese("朱镕" + n)).isZero();

        String taken = run(bytes, "GBK");
        assertThat((String) JsonPath.read(taken, "$.status")).as(taken).isEqualTo("SUCCEEDED");
        assertThat(chinese("朱镕" + n)).isOne();
    }

    @Test
    void aLatin1FileIsRefusedNamingTheLineNeverReadAsChinese() throws Exception {
        String n = suffix();
        String csv = "denomination_latin,kind,status\n"
                + "Plain " + n + ",CANDIDATE,APPLIED\n"
                + "Müller Gold " + n + ",CANDIDATE,APPLIED\n";
        String job = run(csv.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("REJECTED");
        assertThat((String) JsonPath.read(job, "$.rejections.items[0].source")).isEqualTo("varieties.csv");
        assertThat((Integer) JsonPath.read(job, "$.rejections.items[0].line")).isEqualTo(3);
        assertThat((String) JsonPath.read(job, "$.rejections.items[0].reason"))
                .contains("line 3 is not UTF-8 (0xFC at byte 2 of the line)")
                .doesNotContain("Input length");
        assertThat(latin("Plain " + n)).isZero();

        // "ää" is E4 E4 in Latin-1, a valid GB2312 character: still refused, not stored as "S滗ksi"
        byte[] finnish = ("denomination_latin,kind,status\n" + "Sääksi " + n + ",CANDIDATE,APPLIED\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        String alsoRefused = run(finnish, null);
        assertThat((String) JsonPath.read(alsoRefused, "$.status")).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM variety WHERE denomination_latin LIKE ?", Integer.class, "S%ksi " + n))
                .isZero();
    }

    @Test
    void aByteOrderMarkDecidesAndAnUnknownEncodingIsA400() throws Exception {
        String n = suffix();
        byte[] utf8 = ("\uFEFFdenomination_chinese,kind,status\n" + "矮脚南特" + n + ",CANDIDATE,APPLIED\n")
                .getBytes(StandardCharsets.UTF_8);
        // the mark wins over a stated encoding that does not fit the bytes
        String job = run(utf8, "GB18030");
        assertThat((String) JsonPath.read(job, "$.status")).as(job).isEqualTo("SUCCEEDED");
        assertThat(chinese("矮脚南特" + n)).isOne();

        mvc.perform(request(utf8, "EBCDIC"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("encoding"));
    }

    private String run(byte[] csv, String encoding) throws Exception {
        String r = mvc.perform(request(csv, encoding))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ImportJobs.awaitEnd(mvc, JsonPath.read(r, "$.id"));
    }

    private static MockMultipartHttpServletRequestBuilder request(byte[] csv, String encoding) {
        MockMultipartHttpServletRequestBuilder b = multipart("/api/v1/imports");
        b.file(new MockMultipartFile("varieties", "varieties.csv", "text/csv", csv));
        b.param("crop", "ORYZA_SAT");
        if (encoding != null) b.param("encoding", encoding);
        b.with(csrf());
        return b;
    }

    private int chinese(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM variety WHERE denomination_chinese = ?", Integer.class, name);
    }

    private int latin(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM variety WHERE denomination_latin = ?", Integer.class, name);
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }
}
