package org.seedprint.registry.examination;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.profile.Profile;
import org.seedprint.registry.matching.CloseMatchFound;
import org.seedprint.registry.matching.MatchResult;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.matching.ProfileComparison;
import org.seedprint.registry.matching.ScreeningContext;
import org.seedprint.registry.varieties.DenominationCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Screens a tile of a batch's candidates in one pass over the library and stores each screening. */
@Component
class Screenings {

    /** Hits kept per application. */
    static final int TOP = 10;

    record Candidate(Application application, Profile profile) {}

    private final MatchingService matching;
    private final DenominationCheck names;
    private final Applications applications;
    private final ExaminationAudit audit;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    Screenings(
            MatchingService matching,
            DenominationCheck names,
            Applications applications,
            ExaminationAudit audit,
            JdbcTemplate jdbc,
            JsonMapper json) {
        this.matching = matching;
        this.names = names;
        this.applications = applications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One transaction per tile: the matching runs, the close-match events (benefit sharing acts
     * on them in this transaction), the screenings and the applications' new status commit together.
     */
    @Transactional
    public List<Screening> screen(long batchId, long panelId, List<Candidate> tile, @Nullable String actor) {
        List<MatchingService.Query> queries = new ArrayList<>();
        for (Candidate c : tile) {
            Application a = c.application();
            String label = "application " + a.number() + " (" + a.denomination() + ")";
            queries.add(new MatchingService.Query(
                    c.profile(),
                    label,
                    new ScreeningContext(
                            ScreeningContext.Kind.APPLICATION,
                            a.number(),
                            label,
                            a.applicantOrganisationId(),
                            a.applicantOrganisation())));
        }
        List<MatchResult> results = matching.screenAll(panelId, queries, TOP);
        List<Screening> out = new ArrayList<>();
        for (int i = 0; i < tile.size(); i++) {
            Candidate c = tile.get(i);
            MatchResult r = results.get(i);
            List<Screening.Hit> hits = new ArrayList<>();
            for (MatchResult.HitView h : r.hits()) {
                List<ProfileComparison.DifferingLocus> differing = CloseMatchFound.isClose(h.classification())
                        ? matching.explain(panelId, c.profile(), h.profileId()).differing()
                        : List.of();
                hits.add(new Screening.Hit(h, differing));
            }
            Application a = c.application();
            Screening s = new Screening(
                    r.runId(),
                    Screening.classOf(r.hits()),
                    r.panel(),
                    r.thresholds(),
                    r.librarySize(),
                    hits,
                    names.similar(a.cropCode(), a.denominationLatin(), a.denominationChinese(), null),
                    r.at());
            store(a, batchId, s, actor);
            out.add(s);
        }
        return out;
    }

    private void store(Application a, long batchId, Screening s, @Nullable String actor) {
        jdbc.update(
                "INSERT INTO examination_screening (application_id, batch_id, run_id, panel_id, max_differing_indistinct, "
                        + "edv_similarity, min_compared_fraction, class, result, screened_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)",
                a.id(),
                batchId,
                s.runId(),
                s.panel().id(),
                s.thresholds().maxDifferingIndistinct(),
                s.thresholds().edvSimilarity(),
                s.thresholds().minComparedFraction(),
                s.classification(),
                json.writeValueAsString(s),
                Timestamp.from(s.screenedAt()));
        applications.status(a.id(), Application.Status.SCREENED);
        Map<String, @Nullable Object> detail = new LinkedHashMap<>();
        detail.put("batch", batchId);
        detail.put("run", s.runId());
        detail.put("class", s.classification());
        detail.put(
                "topHit", s.hits().isEmpty() ? null : s.hits().getFirst().hit().denomination());
        audit.application(ExaminationAudit.SCREEN, a, detail, actor);
    }

    /** The newest screening of an application. */
    Optional<Screening> latest(long applicationId) {
        return jdbc
                .queryForList(
                        "SELECT result::text FROM examination_screening WHERE application_id = ? ORDER BY id DESC LIMIT 1",
                        String.class,
                        applicationId)
                .stream()
                .findFirst()
                .map(t -> json.readValue(t, Screening.class));
    }
}
