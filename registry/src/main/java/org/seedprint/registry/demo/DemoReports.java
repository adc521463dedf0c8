package org.seedprint.registry.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seedprint.registry.cases.CaseView;
import org.seedprint.registry.cases.CourtCases;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.StoredProfile;
import org.seedprint.registry.reports.ComparisonReport;
import org.seedprint.registry.reports.ComparisonReports;
import org.seedprint.registry.reports.CourtComparisons;
import org.seedprint.registry.reports.ReportContext;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's comparison reports: the demo examiner's report of the first demo rice mutant (an EDV)
 * against its authorised initial variety, and in the demo case a court-ordered comparison of a
 * "seized sample" (the mutant's genotypes, uploaded as a TSV file) against that variety.
 */
@Component
class DemoReports {

    static final String REFERENCE = "DEMO-EDV-1";
    static final String EXAMINER = "examiner";

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    /** The mutant's profile and its initial variety's. */
    record Pair(Variety mutant, Variety initial, StoredProfile mutantProfile, StoredProfile initialProfile) {}

    private final ComparisonReports reports;
    private final CourtComparisons comparisons;
    private final CourtCases cases;
    private final VarietyService varieties;
    private final ProfileService profiles;

    DemoReports(
            ComparisonReports reports,
            CourtComparisons comparisons,
            CourtCases cases,
            VarietyService varieties,
            ProfileService profiles) {
        this.reports = reports;
        this.comparisons = comparisons;
        this.cases = cases;
        this.varieties = varieties;
        this.profiles = profiles;
    }

    /** Both reports, once (a later start finds the examiner's by its reference); nothing without the rice library. */
    void issue(CaseView demoCase, String court) throws Exception {
        try {
            issueOnce(demoCase, court);
        } catch (RuntimeException e) {
            // the demo's other data stays usable; the log says what went wrong
            log.warn("Demo reports not issued", e);
        }
    }

    private void issueOnce(CaseView demoCase, String court) throws Exception {
        if (!reports.byReference(REFERENCE).isEmpty()) return;
        Optional<Pair> found = edv();
        if (found.isEmpty()) {
            log.info("Demo reports: no rice mutant with an authorised initial variety and profiles; none issued");
            return;
        }
        Pair p = found.get();
        ComparisonReport r = DemoWorkspaces.as(
                EXAMINER,
                Role.EXAMINER,
                () -> reports.issue(
                        p.mutantProfile().getId(),
                        List.of(p.initialProfile().getId()),
                        new ReportContext(ReportContext.Kind.EXAMINER, REFERENCE, EXAMINER, null)));
        var ordered = DemoWorkspaces.as(court, Role.COURT, () -> {
            cases.attachVariety(demoCase.id(), p.initial().getId());
            return comparisons.order(new CourtComparisons.Order(
                    demoCase.id(),
                    new GenotypeUpload("seized-sample-demo.tsv", new ByteArrayResource(seized(p)), "TSV"),
                    null,
                    null,
                    p.initial().getId(),
                    null,
                    "Ruling (2026) Demo 1, order 2: compare the seized seed lot"));
        });
        log.info(
                "Demo reports: {} ({} against its initial variety {}); court-ordered comparison {} in case {}",
                r.id(),
                p.mutant().displayName(),
                p.initial().displayName(),
                ordered.report().id(),
                demoCase.caseNumber());
    }

    /** The first rice variety that is a mutant of an authorised variety, both with a profile. */
    private Optional<Pair> edv() {
        for (int page = 0; ; page++) {
            Page<Variety> p = varieties.list(PageRequest.of(page, 500));
            for (Variety v : p) {
                if (!v.getCropCode().equals("ORYZA_SAT")) continue;
                for (Parentage parent : v.getParents()) {
                    if (parent.role() != Parentage.Role.MUTANT_OF) continue;
                    Optional<Variety> initial = varieties.find(parent.parentId());
                    if (initial.isEmpty() || initial.get().getKind() != Variety.Kind.AUTHORISED) continue;
                    List<StoredProfile> child = profiles.profilesOfVariety(v.getId());
                    List<StoredProfile> parentProfiles = profiles.profilesOfVariety(parent.parentId());
                    if (child.isEmpty() || parentProfiles.isEmpty()) continue;
                    return Optional.of(new Pair(v, initial.get(), child.getFirst(), parentProfiles.getLast()));
                }
            }
            if (!p.hasNext()) return Optional.empty();
        }
    }

    /** The mutant's genotypes as a lab's TSV of a seized seed lot. */
    private byte[] seized(Pair p) {
        StringBuilder tsv = new StringBuilder("sample\tlocus\talleles\tdepths\n");
        for (Map.Entry<String, List<String>> e :
                profiles.genotypes(p.mutantProfile().getId()).entrySet()) {
            tsv.append("SEIZED-LOT-1\t")
                    .append(e.getKey())
                    .append('\t')
                    .append(e.getValue().isEmpty() ? "." : String.join("/", e.getValue()))
                    .append("\t.\n");
        }
        return tsv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
