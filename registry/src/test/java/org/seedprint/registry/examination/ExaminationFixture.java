package org.seedprint.registry.examination;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

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
public final class ExaminationFixture {

    static final int CHROMOSOMES = 12;
    static final int LOCI = 10;
    static final int ALLELES = 6;
    public static final String APPLICANT = "EXAM-TEST-BREEDER";

    public final String tag;
    final Random rnd;
    public final List<String> references = new ArrayList<>();
    public final Map<String, int[]> genotypes = new LinkedHashMap<>();

    public ExaminationFixture(String tag, long seed) {
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

    public int[] random() {
        int[] g = new int[CHROMOSOMES * LOCI];
        for (int l = 0; l < g.length; l++) g[l] = rnd.nextInt(ALLELES);
        return g;
    }

    /** A copy of {@code g} with {@code n} loci changed to another allele. */
    public int[] mutate(int[] g, int n) {
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
    public long importLibrary(MockMvc mvc, JdbcTemplate jdbc, int n) throws Exception {
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

    /**
     * One candidate of a batch: its CSV row (derivation HYBRID with a second allele set, SELECTION
     * with a claimed female, else CROSS) and its TSV lines; {@code truth} gets its expected class.
     * Denominations: {@code latin tag n}, and {@code chinese n 号} when a Chinese stem is given.
     */
    public void candidate(
            Map<String, String> truth,
            StringBuilder csv,
            StringBuilder tsv,
            String cls,
            int n,
            int[] g,
            int @org.jspecify.annotations.Nullable [] second,
            @org.jspecify.annotations.Nullable String female,
            @org.jspecify.annotations.Nullable String male,
            String latin,
            @org.jspecify.annotations.Nullable String chinese) {
        String number = tag + "-A" + n;
        truth.put(number, cls);
        String derivation = second != null ? "HYBRID" : female != null ? "SELECTION" : "CROSS";
        csv.append(String.join(
                        ",",
                        number,
                        APPLICANT,
                        "ORYZA_SAT",
                        latin + " " + tag + " " + n,
                        chinese == null ? "" : chinese + n + "号",
                        female == null ? "" : female,
                        male == null ? "" : male,
                        derivation,
                        "2026-11-0" + (1 + n % 9)))
                .append('\n');
        append(tsv, number, g, second);
    }

    /** One TSV line per locus; {@code second} a second allele per locus (a hybrid); -1 = missing. */
    public static void append(
            StringBuilder tsv, String sample, int[] g, int @org.jspecify.annotations.Nullable [] second) {
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

    public static String waitForBatch(MockMvc mvc, int id) throws Exception {
        return org.seedprint.registry.TestExamination.waitForBatch(mvc, id);
    }

    public static MockHttpServletResponse post(MockMvc mvc, String csv, String tsv, long panelId) throws Exception {
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
