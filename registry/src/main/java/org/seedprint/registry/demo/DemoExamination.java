package org.seedprint.registry.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.examination.Application;
import org.seedprint.registry.examination.Applications;
import org.seedprint.registry.examination.Batch;
import org.seedprint.registry.examination.Batches;
import org.seedprint.registry.examination.Decision;
import org.seedprint.registry.examination.Decisions;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * The demo's examination: a batch of rice candidates made from the simulation
 * ({@link RiceCandidates}: new lines, copies and EDVs of demo varieties, one hybrid with its true
 * and one with false claimed parents) filed and screened as the demo examiner, and one indistinct
 * copy decided by the examiner and countersigned by the demo administrator (rice needs four eyes).
 * Checked at every start; done once (the batch's first application number says it was).
 */
@Component
class DemoExamination {

    private static final Logger log = LoggerFactory.getLogger(DemoExamination.class);

    static final String PREFIX = "DEMO-EXAM-2026";
    static final long SEED = 20261202L;
    static final RiceCandidates.Mix MIX = new RiceCandidates.Mix(4, 3, 3, 1, 1, 0, 0);
    static final String APPLICANT = "DEMO-SEEDS";
    static final String EXAMINER = "examiner";
    static final String SECOND = "demo-admin";

    /** What the demo made: the screened batch and the decided application with its decision. */
    record Made(Batch batch, List<RiceCandidates.Candidate> candidates, Application decided, Decision decision) {}

    private final DemoProperties props;
    private final Accounts accounts;
    private final ProfileService profiles;
    private final Batches batches;
    private final Applications applications;
    private final Decisions decisions;

    DemoExamination(
            DemoProperties props,
            Accounts accounts,
            ProfileService profiles,
            Batches batches,
            Applications applications,
            Decisions decisions) {
        this.props = props;
        this.accounts = accounts;
        this.profiles = profiles;
        this.batches = batches;
        this.applications = applications;
        this.decisions = decisions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(120)
    void seedAtStart() throws Exception {
        if (!props.enabled() || !accounts.exists(EXAMINER) || !accounts.exists(SECOND)) return;
        Optional<PanelRecord> panel = profiles.panel("ORYZA_SAT", DemoLoader.RICE_PANEL, "1");
        if (panel.isEmpty()) return;
        long t0 = System.nanoTime();
        Made made = seed(panel.get().getId());
        if (made != null)
            log.info(
                    "Demo examination: batch {} ({}), application {} decided {} and countersigned, in {} ms",
                    made.batch().id(),
                    made.batch().message(),
                    made.decided().number(),
                    made.decision().code(),
                    (System.nanoTime() - t0) / 1_000_000);
    }

    /** Files, screens and decides the demo batch on the panel; null when it was done before. */
    @Nullable
    Made seed(long panelId) throws Exception {
        if (applications.exists(PREFIX + "-001")) return null;
        RiceCandidates rice = new RiceCandidates(new RiceSimulation(), SEED);
        List<RiceCandidates.Candidate> candidates = rice.make(PREFIX, MIX);
        String csv = RiceCandidates.csv(candidates, APPLICANT, "2026-11-20");
        String tsv = rice.tsv(candidates);
        Batch batch = DemoWorkspaces.as(
                EXAMINER,
                Role.EXAMINER,
                () -> batches.runNow(
                        new Batches.Upload(
                                panelId,
                                "demo-examination/applications.csv",
                                bytes(csv),
                                List.of(new GenotypeUpload("demo-examination/candidates.tsv", bytes(tsv), "TSV"))),
                        EXAMINER));
        RiceCandidates.Candidate copy = candidates.stream()
                .filter(c -> c.kind() == RiceCandidates.Kind.INDISTINCT)
                .findFirst()
                .orElseThrow();
        RiceSimulation.Line origin = Objects.requireNonNull(copy.origin());
        String reason = "示范：与 " + origin.chinese() + " 仅差 1-2 个位点 / Demo: indistinct from " + origin.latin()
                + " (one or two differing loci of 240)";
        DemoWorkspaces.as(EXAMINER, Role.EXAMINER, () -> decisions.decide(copy.number(), "indistinct", reason));
        Decision d = DemoWorkspaces.as(SECOND, Role.ADMINISTRATOR, () -> decisions.countersign(copy.number()));
        Application a = DemoWorkspaces.as(EXAMINER, Role.EXAMINER, () -> applications.get(copy.number()));
        return new Made(batch, candidates, a, d);
    }

    private static ByteArrayResource bytes(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
