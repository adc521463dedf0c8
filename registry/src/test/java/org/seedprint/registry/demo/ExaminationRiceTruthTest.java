package org.seedprint.registry.demo;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.TestExamination;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.imports.ImportJob;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The examination's truth test on the demo rice library: a batch of candidates made from the
 * {@link RiceSimulation} with known truth ({@link RiceCandidates}) filed and screened through the
 * API; every class equals the truth, the summary counts match, the claimed-pedigree check explains
 * a hybrid with its true parents and not one with false ones, the parent search puts the true pair
 * first, and a decision is countersigned (rice needs four eyes). Then the demo batch, twice.
 */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExaminationRiceTruthTest {

    private static final RequestPostProcessor EXAMINER = user("examiner").roles("EXAMINER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader demo;

    @Autowired
    DemoExamination demoExamination;

    @Autowired
    ProfileService profiles;

    @Autowired
    OrganisationService organisations;

    long panelId;

    @BeforeAll
    void load() throws Exception {
        List<ImportJob> jobs = demo.load();
        assertThat(jobs).extracting(ImportJob::getStatus).containsOnly(ImportJob.Status.SUCCEEDED);
        panelId = profiles.panel("ORYZA_SAT", DemoLoader.RICE_PANEL, "1")
                .orElseThrow()
                .getId();
    }

    @Test
    void everyRiceCandidateIsClassedAsItsTruthAndEveryHybridsParentsAreFound() throws Exception {
        String tag = "RT" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        organisations.findOrCreate(
                tag + "-APPL", "Truth test applicant " + tag, null, Organisation.Kind.BREEDER, "CHN");
        RiceCandidates rice = new RiceCandidates(new RiceSimulation(), 7L);
        List<RiceCandidates.Candidate> made = rice.make(tag, new RiceCandidates.Mix(20, 12, 12, 6, 6, 2, 3));
        // one new line claims a male parent the registry does not know: named, not an error
        List<RiceCandidates.Candidate> candidates = new ArrayList<>(made);
        RiceCandidates.Candidate first = candidates.getFirst();
        RiceCandidates.Candidate unknownMale = new RiceCandidates.Candidate(
                first.number(),
                first.latin(),
                first.kind(),
                first.female(),
                "Nosuch Variety 999",
                first.derivation(),
                first.origin(),
                first.trueFemale(),
                first.trueMale(),
                first.genotype());
        candidates.set(0, unknownMale);
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(50);

        MockHttpServletResponse res = mvc.perform(multipart("/api/v1/examination/batches")
                        .file(file(
                                "applications",
                                "applications.csv",
                                RiceCandidates.csv(candidates, tag + "-APPL", "2026-11-30")))
                        .file(file("genotypes", "candidates.tsv", rice.tsv(candidates)))
                        .param("panelId", String.valueOf(panelId))
                        .param("format", "TSV")
                        .with(EXAMINER)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(202);
        int batch = JsonPath.read(res.getContentAsString(), "$.id");
        String done = waitForBatch(batch);

        // every class is the truth; the summary lists them
        Map<String, List<String>> truth = new LinkedHashMap<>();
        for (String c : List.of("distinct", "indistinct", "edv-candidate", "inconclusive"))
            truth.put(c, new ArrayList<>());
        Map<String, String> bodies = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (RiceCandidates.Candidate c : candidates) {
            truth.get(c.kind().truth).add(c.number());
            String body = read(c.number());
            bodies.put(c.number(), body);
            String got = JsonPath.read(body, "$.screening.classification");
            if (!got.equals(c.kind().truth))
                wrong.add(c.number() + " " + c.kind() + " classed " + got + ": "
                        + JsonPath.read(body, "$.screening.hits[0].hit").toString());
        }
        assertThat(wrong).as("candidates classed other than their truth").isEmpty();
        assertThat(JsonPath.<Integer>read(done, "$.done")).isEqualTo(candidates.size());
        for (var e : truth.entrySet()) {
            assertThat(JsonPath.<List<String>>read(done, "$.summary['" + e.getKey() + "']"))
                    .as(e.getKey())
                    .containsExactlyInAnyOrderElementsOf(e.getValue());
            assertThat(JsonPath.<Integer>read(done, "$.counts['" + e.getKey() + "']"))
                    .as(e.getKey())
                    .isEqualTo(e.getValue().size());
        }

        // the claimed-pedigree check
        int trueHybrids = 0, falseHybrids = 0, newLines = 0;
        for (RiceCandidates.Candidate c : candidates) {
            String body = bodies.get(c.number());
            switch (c.kind()) {
                case HYBRID_TRUE_PARENTS -> {
                    trueHybrids++;
                    assertThat(JsonPath.<String>read(body, "$.screening.pedigree.rule"))
                            .isEqualTo("f1");
                    assertThat(JsonPath.<String>read(body, "$.screening.pedigree.result"))
                            .as(body)
                            .isEqualTo("explained");
                    assertThat(JsonPath.<Integer>read(body, "$.screening.pedigree.unexplained"))
                            .isZero();
                    assertThat(JsonPath.<Integer>read(body, "$.screening.pedigree.explained"))
                            .isGreaterThan(220);
                    assertThat(JsonPath.<Integer>read(body, "$.screening.pedigree.female.profileId"))
                            .isEqualTo((int) profileOf(c.female()));
                    assertThat(JsonPath.<Integer>read(body, "$.screening.parentSearch.claimedRank"))
                            .isEqualTo(1);
                }
                case HYBRID_FALSE_PARENTS -> {
                    falseHybrids++;
                    assertThat(JsonPath.<String>read(body, "$.screening.pedigree.result"))
                            .as(body)
                            .isEqualTo("unexplained");
                    int unexplained = JsonPath.read(body, "$.screening.pedigree.unexplained");
                    assertThat(unexplained).isGreaterThan(20);
                    assertThat(JsonPath.<List<Object>>read(body, "$.screening.pedigree.unexplainedLoci"))
                            .hasSize(unexplained);
                    List<String> candidate = JsonPath.read(body, "$.screening.pedigree.unexplainedLoci[0].candidate");
                    List<String> female = JsonPath.read(body, "$.screening.pedigree.unexplainedLoci[0].first");
                    List<String> male = JsonPath.read(body, "$.screening.pedigree.unexplainedLoci[0].second");
                    assertThat(candidate).isNotEmpty();
                    assertThat(female).isNotEmpty();
                    assertThat(male).isNotEmpty();
                    assertThat(JsonPath.<Object>read(body, "$.screening.parentSearch.claimedRank"))
                            .isNull();
                }
                case DISTINCT -> {
                    if (c.number().equals(unknownMale.number())) {
                        assertThat(JsonPath.<String>read(body, "$.screening.pedigree.result"))
                                .isEqualTo("not-compared");
                        assertThat(JsonPath.<String>read(body, "$.screening.pedigree.male.claimed"))
                                .isEqualTo("Nosuch Variety 999");
                        assertThat(JsonPath.<String>read(body, "$.screening.pedigree.male.notFound"))
                                .contains("no ORYZA_SAT variety");
                        assertThat(JsonPath.<Integer>read(body, "$.screening.pedigree.female.profileId"))
                                .isEqualTo((int) profileOf(c.female()));
                    } else {
                        // a recombinant inbred of its two claimed parents: every allele from one of them
                        newLines++;
                        assertThat(JsonPath.<String>read(body, "$.screening.pedigree.rule"))
                                .isEqualTo("alleles");
                        assertThat(JsonPath.<String>read(body, "$.screening.pedigree.result"))
                                .as(body)
                                .isEqualTo("explained");
                        assertThat(JsonPath.<Object>read(body, "$.screening.parentSearch"))
                                .isNull();
                    }
                }
                case EDV -> {
                    // one claimed parent, checked alone: the changed loci are not from it
                    assertThat(JsonPath.<Integer>read(body, "$.screening.pedigree.unexplained"))
                            .isPositive();
                    assertThat(JsonPath.<Object>read(body, "$.screening.pedigree.male"))
                            .isNull();
                }
                default -> {}
            }
        }
        assertThat(trueHybrids).isEqualTo(6);
        assertThat(falseHybrids).isEqualTo(6);
        assertThat(newLines).isEqualTo(19);

        // the parent search: the true pair at rank 1, for every hybrid
        int hybrids = 0, found = 0;
        List<String> missed = new ArrayList<>();
        for (RiceCandidates.Candidate c : candidates) {
            if (!c.kind().hybrid()) continue;
            hybrids++;
            String body = bodies.get(c.number());
            assertThat(JsonPath.<String>read(body, "$.screening.parentSearch.rule"))
                    .isEqualTo("f1");
            long a = JsonPath.<Number>read(body, "$.screening.parentSearch.pairs[0].first.profileId")
                    .longValue();
            long b = JsonPath.<Number>read(body, "$.screening.parentSearch.pairs[0].second.profileId")
                    .longValue();
            Set<Long> truePair = Set.of(
                    profileOf(c.trueFemale().latin()), profileOf(c.trueMale().latin()));
            if (Set.of(a, b).equals(truePair)) {
                found++;
                assertThat(JsonPath.<Integer>read(body, "$.screening.parentSearch.pairs[0].unexplained"))
                        .as(c.number())
                        .isZero();
            } else
                missed.add(c.number() + ": "
                        + JsonPath.read(body, "$.screening.parentSearch").toString());
        }
        System.out.printf(
                Locale.ROOT,
                "Parent search recall at rank 1: %d of %d hybrids (%.3f); missed %s%n",
                found,
                hybrids,
                (double) found / hybrids,
                missed);
        assertThat(missed).as("hybrids whose true parent pair is not at rank 1").isEmpty();

        // a decision on an EDV candidate, countersigned by a second examiner
        String edv = candidates.stream()
                .filter(c -> c.kind() == RiceCandidates.Kind.EDV)
                .findFirst()
                .orElseThrow()
                .number();
        MockHttpServletResponse d = postJson(
                edv + "/decision", "{\"code\":\"edv-candidate\",\"reason\":\"refer for EDV assessment\"}", EXAMINER);
        assertThat(d.getStatus()).as(d.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(d.getContentAsString(), "$.application.status"))
                .isEqualTo("SCREENED");
        MockHttpServletResponse cs =
                postJson(edv + "/countersign", "{}", user("examiner2").roles("EXAMINER"));
        assertThat(cs.getStatus()).as(cs.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(cs.getContentAsString(), "$.application.status"))
                .isEqualTo("DECIDED");
        assertThat(JsonPath.<String>read(cs.getContentAsString(), "$.decisions[0].countersignedBy"))
                .isEqualTo("examiner2");
    }

    @Test
    void theDemoBatchIsScreenedAndOneApplicationDecidedOnce() throws Exception {
        organisations.findOrCreate(DemoExamination.APPLICANT, "Demo Seeds Co.", null, Organisation.Kind.BREEDER, "CHN");
        long t0 = System.nanoTime();
        DemoExamination.Made made = demoExamination.seed(panelId);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("Demo examination seeded in " + ms + " ms");
        assertThat(made).isNotNull();
        assertThat(made.batch().status()).hasToString("DONE");
        assertThat(made.candidates()).hasSize(12);
        for (RiceCandidates.Candidate c : made.candidates()) {
            assertThat(made.batch().summary().get(c.kind().truth))
                    .as(c.number())
                    .contains(c.number());
        }
        assertThat(made.decided().status()).hasToString("DECIDED");
        assertThat(made.decision().decidedBy()).isEqualTo(DemoExamination.EXAMINER);
        assertThat(made.decision().countersignedBy()).isEqualTo(DemoExamination.SECOND);
        String hybrid = made.candidates().stream()
                .filter(c -> c.kind() == RiceCandidates.Kind.HYBRID_FALSE_PARENTS)
                .findFirst()
                .orElseThrow()
                .number();
        assertThat(JsonPath.<String>read(read(hybrid), "$.screening.pedigree.result"))
                .isEqualTo("unexplained");

        // every start checks again: nothing more is filed
        long before = jdbc.queryForObject("SELECT count(*) FROM examination_application", Long.class);
        assertThat(demoExamination.seed(panelId)).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM examination_application", Long.class))
                .isEqualTo(before);
    }

    private long profileOf(String latin) {
        return jdbc.queryForObject(
                "SELECT p.id FROM profile p JOIN sample s ON s.id = p.sample_id JOIN variety v ON v.id = s.variety_id "
                        + "WHERE v.crop_code = 'ORYZA_SAT' AND v.denomination_latin = ? AND p.panel_id = ? ORDER BY p.id LIMIT 1",
                Long.class,
                latin,
                panelId);
    }

    private static MockMultipartFile file(String part, String name, String content) {
        return new MockMultipartFile(part, name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    private String waitForBatch(int id) throws Exception {
        return TestExamination.waitForBatch(mvc, id);
    }

    private String read(String number) throws Exception {
        MockHttpServletResponse r = mvc.perform(
                        get("/api/v1/examination/applications/" + number).with(EXAMINER))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString();
    }

    private MockHttpServletResponse postJson(String path, String json, RequestPostProcessor who) throws Exception {
        return TestExamination.postJson(mvc, path, json, who);
    }
}
