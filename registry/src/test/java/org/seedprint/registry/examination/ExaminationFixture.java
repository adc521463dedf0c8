package org.seedprint.registry.examination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.seedprint.registry.TestImports;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A small rice library of its own (12 chromosomes x 10 loci, random homozygous reference
 * varieties) and candidates whose class is known by construction: fresh random lines (distinct),
 * copies with one changed locus (indistinct), copies with six changed loci (EDV candidates, 95%
 * similar), F1 hybrids of two references (distinct from either) and lines called at a third of
 * the loci (inconclusive).
 */
final class ExaminationFixture {

    static final int CHROMOSOMES = 12;
    static final int LOCI = 10;
    static final int ALLELES = 6;
    static final String APPLICANT = "EXAM-TEST-BREEDER";

    final String tag;
    final Random rnd;
    final List<String> references = new ArrayList<>();
    final Map<String, int[]> genotypes = new LinkedHashMap<>();

    ExaminationFixture(String tag, long seed) {
        this.tag = tag;
        this.rnd = new Random(seed);
    }

    static String locus(int l) {
        return String.format("EX%02d_%02d", l / LOCI + 1, l % LOCI + 1);
    }

    static String allele(int a) {
        return "ACGTTGCA".substring(a % 4, a % 4 + 3) + (char) ('A' + a);
    }

    String bed() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < CHROMOSOMES; c++)
            for (int k = 0; k < LOCI; k++) {
                int start = 1000 + k * 100_000;
                sb.append("Chr")
                        .append(c + 1)
                        .append('\t')
                        .append(start)
                        .append('\t')
                        .append(start + 200)
                        .append('\t')
                        .append(locus(c * LOCI + k))
                        .append('\n');
            }
        return sb.toString();
    }

    int[] random() {
        int[] g = new int[CHROMOSOMES * LOCI];
        for (int l = 0; l < g.length; l++) g[l] = rnd.nextInt(ALLELES);
        return g;
    }

    /** A copy of {@code g} with {@code n} loci changed to another allele. */
    int[] mutate(int[] g, int n) {
        int[] c = g.clone();
        List<Integer> idx = new ArrayList<>();
        for (int l = 0; l < c.length; l++) idx.add(l);
        java.util.Collections.shuffle(idx, rnd);
        for (int i = 0; i < n; i++) {
            int l = idx.get(i);
            c[l] = (c[l] + 1 + rnd.nextInt(ALLELES - 1)) % ALLELES;
        }
        return c;
    }

    /** Imports {@code n} reference varieties (owned by the applicant's organisation, so it exists). */
    long importLibrary(MockMvc mvc, JdbcTemplate jdbc, int n) throws Exception {
        StringBuilder csv = new StringBuilder("sample,denomination_latin,kind,status,breeder_code,breeder_name\n");
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String s = tag + "-REF-" + i;
            references.add(s);
            int[] g = random();
            genotypes.put(s, g);
            csv.append(s)
                    .append(',')
                    .append("Examref ")
                    .append(tag)
                    .append(' ')
                    .append(i)
                    .append(",AUTHORISED,GRANTED,")
                    .append(APPLICANT)
                    .append(",Exam Test Breeder\n");
            append(tsv, s, g, null);
        }
        var req = multipart("/api/v1/imports")
                .file(file("varieties", "varieties.csv", csv.toString()))
                .file(file("genotypes", "library.tsv", tsv.toString()))
                .file(file("panel", "panel.bed", bed()))
                .param("crop", "ORYZA_SAT")
                .param("format", "TSV")
                .param("panelName", "exam-test-" + tag)
                .param("panelVersion", "1")
                .with(csrf());
        TestImports.importAndWait(mvc, req);
        return jdbc.queryForObject("SELECT id FROM marker_panel WHERE name = ?", Long.class, "exam-test-" + tag);
    }

    /** One TSV line per locus; {@code second} a second allele per locus (a hybrid); -1 = missing. */
    static void append(StringBuilder tsv, String sample, int[] g, int @org.jspecify.annotations.Nullable [] second) {
        for (int l = 0; l < g.length; l++) {
            tsv.append(sample).append('\t').append(locus(l)).append('\t');
            if (g[l] < 0) tsv.append(".\t.");
            else if (second != null && second[l] != g[l])
                tsv.append(allele(g[l])).append('/').append(allele(second[l])).append("\t30/30");
            else tsv.append(allele(g[l])).append("\t30");
            tsv.append('\n');
        }
    }

    static MockMultipartFile file(String part, String name, String content) {
        return new MockMultipartFile(part, name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    static String waitForBatch(MockMvc mvc, int id) throws Exception {
        for (int i = 0; i < 3000; i++) {
            String body = mvc.perform(get("/api/v1/examination/batches/" + id)
                            .with(user("examiner").roles("EXAMINER")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String status = JsonPath.read(body, "$.status");
            if (!List.of("QUEUED", "SCREENING").contains(status)) {
                assertThat(status).as(body).isEqualTo("DONE");
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch " + id + " did not finish");
    }

    static MockHttpServletResponse post(MockMvc mvc, String csv, String tsv, long panelId) throws Exception {
        return mvc.perform(multipart("/api/v1/examination/batches")
                        .file(file("applications", "applications.csv", csv))
                        .file(file("genotypes", "candidates.tsv", tsv))
                        .param("panelId", String.valueOf(panelId))
                        .param("format", "TSV")
                        .with(user("examiner").roles("EXAMINER"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }
}
