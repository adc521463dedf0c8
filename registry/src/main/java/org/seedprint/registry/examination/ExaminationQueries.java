package org.seedprint.registry.examination;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.matcher.profile.Profile;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.matching.MatchResult;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.matching.ProfileComparison;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.profiles.PanelLocus;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the examiner's pages read: an application with its screening and decisions, a batch's
 * applications with their screenings, and the similarity of a batch's candidates to their nearest
 * library varieties (the heatmap). Read-only; the same access rules as {@link Applications}.
 */
@Service
public class ExaminationQueries {

    /** An application, its newest screening (null until screened), its decisions newest first. */
    public record ApplicationDossier(
            Application application,
            @Nullable Screening screening,
            List<Decision> decisions,
            boolean countersignRequired) {

        /** The decision not reopened (in force or awaiting countersignature), if any. */
        public @Nullable Decision current() {
            return decisions.stream()
                    .filter(d -> d.reopenedAt() == null)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** One application of a batch with its newest screening. */
    public record Screened(
            Application application, @Nullable Screening screening) {}

    /**
     * Candidates (rows) against library profiles (columns: the union of the candidates' best
     * hits), each cell the comparison of the two under the crop's thresholds.
     */
    public record Heatmap(
            long batchId,
            List<Row> rows,
            List<Column> columns,
            MatchResult.@Nullable ThresholdsUsed thresholds,
            int candidatesLeftOut) {

        public record Row(
                String number,
                String denomination,
                @Nullable String classification,
                List<Cell> cells) {}

        public record Column(
                long profileId,
                @Nullable Long varietyId,
                @Nullable String denomination) {}

        /** {@code topHit}: the column is one of this candidate's stored top hits. */
        public record Cell(int compared, int identical, double similarity, String classification, boolean topHit) {}
    }

    private final Applications applications;
    private final Screenings screenings;
    private final Decisions decisions;
    private final Batches batches;
    private final MatchingService matching;
    private final ProfileService profiles;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;

    ExaminationQueries(
            Applications applications,
            Screenings screenings,
            Decisions decisions,
            Batches batches,
            MatchingService matching,
            ProfileService profiles,
            CurrentUsers users,
            JdbcTemplate jdbc) {
        this.applications = applications;
        this.screenings = screenings;
        this.decisions = decisions;
        this.batches = batches;
        this.matching = matching;
        this.profiles = profiles;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The application of this number with its screening and decisions, if the current user may see it. */
    @Transactional(readOnly = true)
    public ApplicationDossier dossier(String number) {
        Application a = applications.get(Applications.checkNumber(number));
        return new ApplicationDossier(
                a,
                screenings.latest(a.id()).orElse(null),
                decisions.all(a.id()),
                decisions.countersignRequired(a.cropCode()));
    }

    /** A batch's applications in filing order with their newest screenings (examiners and administrators). */
    @Transactional(readOnly = true)
    public List<Screened> batchApplications(long batchId) {
        examiner();
        batches.get(batchId);
        return applications.ofBatch(batchId).stream()
                .map(a -> new Screened(a, screenings.latest(a.id()).orElse(null)))
                .toList();
    }

    /**
     * The heatmap of a screened batch: the first {@code maxRows} candidates against the union of
     * each one's best {@code perCandidate} hits (at most {@code maxColumns}); cells that are not
     * a stored hit are compared now against the library, with the candidate's filed genotypes.
     */
    @Transactional(readOnly = true)
    public Heatmap heatmap(long batchId, int perCandidate, int maxRows, int maxColumns) {
        examiner();
        Batch b = batches.get(batchId);
        List<Done> all = new ArrayList<>();
        for (Screened s : batchApplications(batchId)) {
            Screening sc = s.screening();
            if (sc != null) all.add(new Done(s.application(), sc));
        }
        List<Done> shown = all.subList(0, Math.min(all.size(), maxRows));
        Map<Long, Heatmap.Column> columns = new LinkedHashMap<>();
        for (Done s : shown) {
            int taken = 0;
            for (Screening.Hit h : s.screening().hits()) {
                if (taken++ >= perCandidate) break;
                if (columns.size() >= maxColumns && !columns.containsKey(h.hit().profileId())) break;
                columns.putIfAbsent(
                        h.hit().profileId(),
                        new Heatmap.Column(
                                h.hit().profileId(),
                                h.hit().varietyId(),
                                h.hit().denomination()));
            }
        }
        MarkerPanel panel = profiles.matcherPanel(b.panelId()).orElseThrow(() -> new NotFound("panel " + b.panelId()));
        List<Heatmap.Row> rows = new ArrayList<>();
        for (Done s : shown) {
            Screening sc = s.screening();
            Map<Long, MatchResult.HitView> stored = new HashMap<>();
            sc.hits().forEach(h -> stored.put(h.hit().profileId(), h.hit()));
            Profile candidate = null;
            List<Heatmap.Cell> cells = new ArrayList<>();
            for (Heatmap.Column c : columns.values()) {
                MatchResult.HitView h = stored.get(c.profileId());
                if (h != null) {
                    cells.add(new Heatmap.Cell(h.compared(), h.identical(), h.similarity(), h.classification(), true));
                    continue;
                }
                if (candidate == null) candidate = candidateProfile(s.application(), panel);
                ProfileComparison e = matching.explain(b.panelId(), candidate, c.profileId());
                cells.add(new Heatmap.Cell(
                        e.counts().compared(),
                        e.counts().identical(),
                        e.counts().similarity(),
                        e.classLabel(),
                        false));
            }
            rows.add(new Heatmap.Row(
                    s.application().number(), s.application().denomination(), sc.classification(), cells));
        }
        return new Heatmap(
                batchId,
                rows,
                List.copyOf(columns.values()),
                shown.isEmpty() ? null : shown.getFirst().screening().thresholds(),
                all.size() - shown.size());
    }

    /** The loci of a panel in panel order (read in a transaction: they load lazily). */
    @Transactional(readOnly = true)
    public List<PanelLocus> panelLoci(long panelId) {
        return profiles.panel(panelId).map(p -> List.copyOf(p.getLoci())).orElse(List.of());
    }

    private record Done(Application application, Screening screening) {}

    /** The candidate's profile as filed (its genotypes per locus id), against the panel. */
    Profile candidateProfile(Application a, MarkerPanel panel) {
        Map<String, String[]> genotypes = new HashMap<>();
        jdbc.query(
                "SELECT g.key, ARRAY(SELECT jsonb_array_elements_text(g.value)) FROM examination_application a, "
                        + "jsonb_each(a.candidate_profile) g WHERE a.id = ?",
                rs -> {
                    Array alleles = rs.getArray(2);
                    genotypes.put(rs.getString(1), (String[]) alleles.getArray());
                },
                a.id());
        LibraryBuilder b = new LibraryBuilder(panel);
        for (int l = 0; l < panel.size(); l++)
            b.accept(a.number(), l, genotypes.getOrDefault(panel.locus(l).id(), new String[0]), null);
        return b.buildProfile();
    }

    private void examiner() {
        if (!Applications.examiner(users.require()))
            throw new Forbidden("only examiners and administrators see batches");
    }
}
