package org.seedprint.registry.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.examination.Applications;
import org.seedprint.registry.examination.Batch;
import org.seedprint.registry.examination.Batches;
import org.seedprint.registry.examination.Decisions;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's examination: one screened batch of rice candidates made from the demo varieties'
 * stored profiles (copies with one changed locus, EDVs with eight, recombinants of two varieties,
 * a hybrid with its true and one with false claimed parents) and one decided, countersigned
 * application. Idempotent: nothing is filed when the batch's first application exists.
 */
@Component
class DemoExamination {

    private static final Logger log = LoggerFactory.getLogger(DemoExamination.class);
    static final String PREFIX = "DEMO-EXAM-";
    static final String APPLICANT = "DEMO-HNRI";

    private final Batches batches;
    private final Applications applications;
    private final Decisions decisions;
    private final ProfileService profiles;
    private final VarietyService varieties;

    DemoExamination(
            Batches batches,
            Applications applications,
            Decisions decisions,
            ProfileService profiles,
            VarietyService varieties) {
        this.batches = batches;
        this.applications = applications;
        this.decisions = decisions;
        this.profiles = profiles;
        this.varieties = varieties;
    }

    private record Source(String latin, Map<String, List<String>> genotype) {}

    /** Files, screens and decides the demo batch, unless it is there already; a failure is logged. */
    void load() {
        try {
            file();
        } catch (IOException | RuntimeException e) {
            log.warn("Demo examination not filed", e);
        }
    }

    private void file() throws IOException {
        Optional<PanelRecord> panel = profiles.panel("ORYZA_SAT", DemoLoader.RICE_PANEL, "1");
        if (panel.isEmpty()
                || as("demo-examiner", () -> applications.list(new Applications.Filters("ORYZA_SAT", null, null), 1000))
                        .stream()
                        .anyMatch(a -> a.number().startsWith(PREFIX))) return;
        List<Source> lines = new ArrayList<>();
        for (RiceSimulation.Line l : new RiceSimulation().simulate()) {
            if (!l.kind().equals("AUTHORISED")) continue;
            Optional<Variety> v = varieties.findByDenomination("ORYZA_SAT", l.latin(), null);
            if (v.isEmpty()) continue;
            var stored = profiles.profilesOfVariety(v.get().getId());
            if (stored.isEmpty()) continue;
            lines.add(new Source(l.latin(), profiles.genotypes(stored.getFirst().getId())));
            if (lines.size() == 24) break;
        }
        if (lines.size() < 24) {
            log.warn("Demo examination not filed: {} rice varieties with profiles, 24 needed", lines.size());
            return;
        }
        StringBuilder csv = new StringBuilder(
                "application_number,applicant,crop,denomination_latin,denomination_chinese,female,male,derivation,filing_date\n");
        StringBuilder tsv = new StringBuilder();
        int n = 0;
        for (int i = 0; i < 6; i++) // indistinct copies of a demo variety, under a new name
        add(csv, tsv, ++n, "Fanzhi " + (100 + n), "CROSS", null, null, change(lines.get(i), lines.get(i + 12), 1));
        for (int i = 6; i < 12; i++) // EDVs: eight loci changed
        add(
                    csv,
                    tsv,
                    ++n,
                    "Yanzhi " + (100 + n),
                    "SELECTION",
                    lines.get(i).latin(),
                    null,
                    change(lines.get(i), lines.get(i + 12), 8));
        for (int i = 0; i < 8; i++) { // new crosses: each chromosome from one of two demo varieties
            Source a = lines.get(12 + i), b = lines.get(16 + (i + 1) % 8);
            add(csv, tsv, ++n, "Xinhe " + (100 + n), "CROSS", a.latin(), b.latin(), recombine(a, b));
        }
        Source f = lines.get(20), m = lines.get(21);
        add(csv, tsv, ++n, "Zayou " + (100 + n), "HYBRID", f.latin(), m.latin(), hybrid(f, m));
        add(
                csv,
                tsv,
                ++n,
                "Zayou " + (100 + n),
                "HYBRID",
                lines.get(0).latin(),
                lines.get(1).latin(),
                hybrid(lines.get(22), lines.get(23)));
        Batch b = batches.runNow(
                new Batches.Upload(
                        panel.get().getId(),
                        "demo-examination/applications.csv",
                        new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)),
                        List.of(new GenotypeUpload(
                                "demo-examination/candidates.tsv",
                                new ByteArrayResource(tsv.toString().getBytes(StandardCharsets.UTF_8)),
                                "TSV"))),
                "demo");
        String copy = PREFIX + "01";
        as(
                "demo-examiner",
                () -> decisions.decide(
                        copy,
                        "indistinct",
                        "one locus of 240 differs from " + lines.get(0).latin() + ": the same variety"));
        as("demo-examiner2", () -> decisions.countersign(copy));
        log.info(
                "Demo examination: batch {} {} ({}); {} decided and countersigned",
                b.id(),
                b.status(),
                b.message(),
                copy);
    }

    private static void add(
            StringBuilder csv,
            StringBuilder tsv,
            int n,
            String latin,
            String derivation,
            @Nullable String female,
            @Nullable String male,
            Map<String, List<String>> genotype) {
        String number = PREFIX + (n < 10 ? "0" : "") + n;
        csv.append(String.join(
                        ",",
                        number,
                        APPLICANT,
                        "ORYZA_SAT",
                        latin,
                        "",
                        female == null ? "" : female,
                        male == null ? "" : male,
                        derivation,
                        "2026-10-" + (10 + n)))
                .append('\n');
        genotype.forEach((locus, alleles) -> {
            tsv.append(number).append('\t').append(locus).append('\t');
            if (alleles.isEmpty()) tsv.append(".\t.");
            else tsv.append(String.join("/", alleles)).append('\t').append(alleles.size() == 1 ? "40" : "40/40");
            tsv.append('\n');
        });
    }

    /** {@code a}'s genotype with {@code k} loci, where {@code b} differs, taken from {@code b}. */
    private static Map<String, List<String>> change(Source a, Source b, int k) {
        Map<String, List<String>> g = new LinkedHashMap<>(a.genotype());
        int changed = 0;
        for (var e : b.genotype().entrySet()) {
            if (changed == k) break;
            List<String> mine = g.get(e.getKey());
            if (mine == null || mine.isEmpty() || e.getValue().isEmpty() || mine.equals(e.getValue())) continue;
            g.put(e.getKey(), e.getValue());
            changed++;
        }
        return g;
    }

    /** Odd chromosomes from {@code a}, even ones from {@code b} (locus ids name the chromosome). */
    private static Map<String, List<String>> recombine(Source a, Source b) {
        Map<String, List<String>> g = new LinkedHashMap<>();
        for (var e : a.genotype().entrySet()) {
            int chr = Integer.parseInt(e.getKey().substring(5, 7));
            g.put(e.getKey(), chr % 2 == 1 ? e.getValue() : b.genotype().getOrDefault(e.getKey(), List.of()));
        }
        return g;
    }

    /** The F1 of {@code f} and {@code m}: both parents' alleles at every locus. */
    private static Map<String, List<String>> hybrid(Source f, Source m) {
        Map<String, List<String>> g = new LinkedHashMap<>();
        for (var e : f.genotype().entrySet()) {
            List<String> other = m.genotype().getOrDefault(e.getKey(), List.of());
            if (e.getValue().isEmpty() || other.isEmpty() || e.getValue().equals(other))
                g.put(e.getKey(), e.getValue());
            else g.put(e.getKey(), List.of(e.getValue().getFirst(), other.getFirst()));
        }
        return g;
    }

    private interface Action<T> {
        T run();
    }

    /** Runs as a demo examiner (the loader runs outside any request). */
    private static <T> T as(String examiner, Action<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        examiner, null, List.of(new SimpleGrantedAuthority(Role.EXAMINER.authority()))));
        try {
            return action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
