package org.seedprint.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.examination.ExaminationFixture;
import org.seedprint.registry.platform.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A rice library of the examination fixture (12 chromosomes x 10 loci, four eyes) and a batch of
 * eight candidates for the examination pages, their classes known by construction: two fresh
 * lines (distinct), two near copies (indistinct), three EDVs (6 to 9 changed loci of 120) and an
 * F1 hybrid with its true claimed parents; plus the second examiner and the applicant's breeder.
 */
final class ExaminationSteps {

    static final String SECOND_EXAMINER = "web-examiner2";
    static final String APPLICANT_USER = "web-exam-applicant";

    /** The library's panel, the batch's files and each application's class by construction. */
    record Batch1(String tag, long panelId, String csv, String tsv, Map<String, String> truth) {
        String number(String cls) {
            return truth.entrySet().stream()
                    .filter(e -> e.getValue().equals(cls))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private ExaminationSteps() {}

    static Batch1 batch(ApplicationContext context, MockMvc mvc) throws Exception {
        WebFixtures.ensure(context);
        String tag = "W" + Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase(Locale.ROOT);
        ExaminationFixture fx = new ExaminationFixture(tag, 20261202L);
        long panelId;
        // the import API needs an examiner; MockMvc takes it from the test security context
        TestSecurityContextHolder.setAuthentication(new UsernamePasswordAuthenticationToken(
                "web-examiner", null, List.of(new SimpleGrantedAuthority("ROLE_EXAMINER"))));
        try {
            panelId = fx.importLibrary(mvc, context.getBean(JdbcTemplate.class), 12);
        } finally {
            TestSecurityContextHolder.clearContext();
        }
        Accounts accounts = context.getBean(Accounts.class);
        synchronized (ExaminationSteps.class) {
            if (!accounts.exists(SECOND_EXAMINER))
                accounts.createUser(SECOND_EXAMINER, "WEB-SEEDS", Set.of(Role.EXAMINER), WebFixtures.PASSWORD);
            if (!accounts.exists(APPLICANT_USER))
                accounts.createUser(
                        APPLICANT_USER, ExaminationFixture.APPLICANT, Set.of(Role.BREEDER), WebFixtures.PASSWORD);
        }
        Map<String, String> truth = new LinkedHashMap<>();
        StringBuilder csv = new StringBuilder(
                "application_number,applicant,crop,denomination_latin,denomination_chinese,female,male,derivation,filing_date\n");
        StringBuilder tsv = new StringBuilder();
        List<String> refs = fx.references;
        fx.candidate(truth, csv, tsv, "distinct", 1, fx.random(), null, null, null, "Shenhe", "审核稻");
        fx.candidate(
                truth,
                csv,
                tsv,
                "indistinct",
                2,
                fx.mutate(fx.genotypes.get(refs.get(0)), 1),
                null,
                null,
                null,
                "Shenhe",
                "审核稻");
        fx.candidate(
                truth,
                csv,
                tsv,
                "edv-candidate",
                3,
                fx.mutate(fx.genotypes.get(refs.get(1)), 6),
                null,
                refs.get(1),
                null,
                "Shenhe",
                "审核稻");
        fx.candidate(
                truth,
                csv,
                tsv,
                "edv-candidate",
                4,
                fx.mutate(fx.genotypes.get(refs.get(2)), 9),
                null,
                refs.get(2),
                null,
                "Shenhe",
                "审核稻");
        fx.candidate(
                truth,
                csv,
                tsv,
                "indistinct",
                5,
                fx.mutate(fx.genotypes.get(refs.get(3)), 2),
                null,
                null,
                null,
                "Shenhe",
                "审核稻");
        fx.candidate(
                truth,
                csv,
                tsv,
                "distinct",
                6,
                fx.genotypes.get(refs.get(4)),
                fx.genotypes.get(refs.get(5)),
                refs.get(4),
                refs.get(5),
                "Shenhe",
                "审核稻");
        fx.candidate(
                truth,
                csv,
                tsv,
                "edv-candidate",
                7,
                fx.mutate(fx.genotypes.get(refs.get(6)), 7),
                null,
                null,
                null,
                "Shenhe",
                "审核稻");
        fx.candidate(truth, csv, tsv, "distinct", 8, fx.random(), null, null, null, "Shenhe", "审核稻");
        return new Batch1(tag, panelId, csv.toString(), tsv.toString(), truth);
    }

    /** A CSV with an unknown column, an unknown crop and a duplicate number, and a genotype file with a bad line. */
    static String[] badBatch(Batch1 b) {
        String csv = "application_number,applicant,crop,denomination_latin,filing_date,colour\n" + b.tag()
                + "-BAD1,EXAM-TEST-BREEDER,ORYZA_SAT,Bad one,2026-11-01,red\n";
        String csv2 = "application_number,applicant,crop,denomination_latin,filing_date\n"
                + b.tag() + "-BAD1,EXAM-TEST-BREEDER,ORYZA_SAT,Bad one,2026-11-01\n"
                + b.tag() + "-BAD2,EXAM-TEST-BREEDER,MARS_WHEAT,Bad two,2026-11-01\n"
                + b.tag() + "-BAD1,EXAM-TEST-BREEDER,ORYZA_SAT,Bad three,2026-11-01\n";
        String tsv = b.tsv().lines().limit(5).reduce("", (x, y) -> x + y + "\n") + b.tag() + "-BAD1\tEX01_01\n";
        return new String[] {csv, csv2, tsv};
    }
}
