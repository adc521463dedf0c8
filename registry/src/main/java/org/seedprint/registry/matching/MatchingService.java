package org.seedprint.registry.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.engine.Hit;
import org.seedprint.matcher.engine.ParentSearch;
import org.seedprint.matcher.engine.PedigreeCheck;
import org.seedprint.matcher.engine.PedigreeRule;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.io.GenotypeFiles;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.matcher.profile.Profile;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.UnreadableFile;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.Crop;
import org.seedprint.registry.varieties.CropService;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Screening a profile against the library of its crop and panel, and comparing two profiles. */
@Service
public class MatchingService {

    /** The most hits one screening answers. */
    public static final int MAX_TOP = 1000;

    private final LibraryRegistry libraries;
    private final ProfileService profiles;
    private final CropService crops;
    private final VarietyService varieties;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    MatchingService(
            LibraryRegistry libraries,
            ProfileService profiles,
            CropService crops,
            VarietyService varieties,
            CurrentUsers users,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events) {
        this.libraries = libraries;
        this.profiles = profiles;
        this.crops = crops;
        this.varieties = varieties;
        this.users = users;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The crop's thresholds as they stand now. */
    Thresholds thresholds(String cropCode) {
        Crop c = crops.get(cropCode);
        return new Thresholds(
                c.getMaxDifferingIndistinct(),
                c.getEdvSimilarity().doubleValue(),
                c.getMinComparedFraction().doubleValue());
    }

    /** A stored profile against its panel's library (it finds itself first). */
    @Transactional
    public MatchResult matchStored(long profileId, int top, ScreeningContext context) {
        checkTop(top);
        var p = profiles.profile(profileId).orElseThrow(() -> new NotFound("profile " + profileId));
        PanelRecord panel = profiles.panel(p.getPanelId()).orElseThrow();
        return libraries.with(panel.getId(), lib -> {
            int row = lib.row(profileId);
            if (row < 0) throw new IllegalStateException("profile " + profileId + " is not in the loaded library");
            String label = "profile " + profileId;
            Profile query = lib.library.profile(row);
            return run(
                    panel, lib, label, profileId, lib.engine.top(query, top, thresholds(panel.getCropCode())), context);
        });
    }

    /**
     * Screens every sample of an uploaded genotype file against the panel's library: the one
     * screening use case behind the API and the match page. The panel is resolved once; the file
     * is read by the matcher's readers (a temporary copy, since htsjdk reads files) and any error
     * names the uploaded file, never the copy.
     */
    @Transactional
    public List<MatchResult> screen(long panelId, GenotypeUpload upload, int top, ScreeningContext context)
            throws IOException, InputFormatException {
        checkTop(top);
        Library query = read(panelId, upload);
        if (query.size() == 0) throw new Invalid("file", upload.name() + " holds no sample");
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < query.size(); i++) {
            String label = upload.name() + " / " + query.id(i);
            queries.add(new Query(query.profile(i), label, context.describing(label)));
        }
        return screenAll(panelId, queries, top);
    }

    /** One profile to screen, with its label and the context its close matches are reported in. */
    public record Query(Profile profile, String label, ScreeningContext context) {}

    /**
     * Screens many queries of one panel in one pass over its library (the matcher's multi-query
     * kernel: each library row is read once per tile of queries), storing one run per query.
     */
    @Transactional
    public List<MatchResult> screenAll(long panelId, List<Query> queries, int top) {
        checkTop(top);
        PanelRecord panel = panel(panelId);
        Thresholds t = thresholds(panel.getCropCode());
        return libraries.with(panelId, lib -> {
            List<List<Hit>> hits =
                    lib.engine.top(queries.stream().map(Query::profile).toList(), top, t);
            List<MatchResult> out = new ArrayList<>(queries.size());
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                out.add(run(panel, lib, q.label(), null, hits.get(i), q.context()));
            }
            return out;
        });
    }

    /**
     * Reads every sample of an uploaded genotype file on the panel, without screening: what a
     * batch validates before it stores anything. Errors name the uploaded file, line and field.
     * Read-only transaction: the panel's loci load lazily.
     */
    @Transactional(readOnly = true)
    public Library read(long panelId, GenotypeUpload upload) throws IOException, InputFormatException {
        return read(upload, panel(panelId).toMatcher());
    }

    private PanelRecord panel(long panelId) {
        return profiles.panel(panelId).orElseThrow(() -> new Invalid("panelId", "unknown panel " + panelId));
    }

    private static Library read(GenotypeUpload upload, MarkerPanel panel) throws IOException, InputFormatException {
        Path copy = Files.createTempFile("seedprint-query", upload.name().endsWith(".gz") ? ".gz" : ".txt");
        try {
            try (InputStream in = upload.data().getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            String named = upload.format();
            GenotypeFiles.Format format =
                    named == null || named.isBlank() ? GenotypeFiles.detect(copy) : GenotypeFiles.parse(named);
            LibraryBuilder rows = new LibraryBuilder(panel);
            try {
                GenotypeFiles.read(copy, upload.name(), format, panel, rows);
            } catch (IOException e) {
                throw new Invalid("file", UnreadableFile.why(upload.name(), copy, e));
            }
            return rows.build();
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    static void checkTop(int top) {
        if (top < 1 || top > MAX_TOP) throw new Invalid("top", "top must be between 1 and " + MAX_TOP);
    }

    private MatchResult run(
            PanelRecord panel,
            LoadedLibrary lib,
            String label,
            @Nullable Long queryProfileId,
            List<Hit> hits,
            ScreeningContext context) {
        Thresholds t = thresholds(panel.getCropCode());
        List<Long> ids = hits.stream().map(h -> lib.profileId(h.index())).toList();
        Map<Long, Long> varietyOf = profiles.varietyOfProfiles(ids);
        Map<Long, Variety> names = varieties.findAll(varietyOf.values()).stream()
                .collect(Collectors.toMap(Variety::getId, Function.identity()));
        List<MatchResult.HitView> views = new ArrayList<>();
        for (int r = 0; r < hits.size(); r++) {
            Hit h = hits.get(r);
            long pid = ids.get(r);
            Long vid = varietyOf.get(pid);
            Variety v = vid == null ? null : names.get(vid);
            views.add(new MatchResult.HitView(
                    r + 1,
                    pid,
                    vid,
                    v == null ? null : v.displayName(),
                    h.counts().compared(),
                    h.counts().identical(),
                    h.counts().differing(),
                    h.similarity(),
                    h.alleleSharing(),
                    h.classification().label()));
        }
        Instant at = Instant.now();
        long runId = record(panel, t, lib.library.size(), label, queryProfileId, at, views);
        for (MatchResult.HitView h : views) {
            if (!CloseMatchFound.isClose(h.classification())) continue;
            Variety v = h.varietyId() == null ? null : names.get(h.varietyId());
            events.publishEvent(new CloseMatchFound(
                    context,
                    runId,
                    panel.getCropCode(),
                    panel.getId(),
                    h.profileId(),
                    h.varietyId(),
                    v == null ? null : v.getKind().name(),
                    v == null ? null : v.getOwnerOrganisationId(),
                    h.classification(),
                    h.similarity(),
                    h.compared(),
                    h.identical(),
                    h.differing(),
                    at));
        }
        return new MatchResult(
                runId,
                panel.getCropCode(),
                new MatchResult.PanelRef(
                        panel.getId(), panel.getName(), panel.getPanelVersion(), panel.getLocusCount()),
                new MatchResult.ThresholdsUsed(
                        t.maxDifferingIndistinct(),
                        t.edvSimilarity(),
                        t.minComparedFraction(),
                        t.minCompared(panel.getLocusCount())),
                lib.library.size(),
                label,
                queryProfileId,
                at,
                views);
    }

    private long record(
            PanelRecord panel,
            Thresholds t,
            int size,
            String label,
            @Nullable Long queryProfileId,
            Instant at,
            List<MatchResult.HitView> hits) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String by = users.current().map(CurrentUser::username).orElse(null);
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "INSERT INTO match_run (crop_code, panel_id, query_profile_id, query_label, "
                                    + "max_differing_indistinct, edv_similarity, min_compared_fraction, library_size, created_by, created_at) "
                                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setString(1, panel.getCropCode());
                    ps.setLong(2, panel.getId());
                    ps.setObject(3, queryProfileId);
                    ps.setString(4, label);
                    ps.setInt(5, t.maxDifferingIndistinct());
                    ps.setDouble(6, t.edvSimilarity());
                    ps.setDouble(7, t.minComparedFraction());
                    ps.setInt(8, size);
                    ps.setString(9, by);
                    ps.setTimestamp(10, Timestamp.from(at));
                    return ps;
                },
                key);
        long runId = Objects.requireNonNull(key.getKey(), "the database gave the run no id")
                .longValue();
        jdbc.batchUpdate(
                "INSERT INTO match_hit (run_id, rank, profile_id, compared, identical, differing, similarity, class) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                hits,
                500,
                (ps, h) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, h.rank());
                    ps.setLong(3, h.profileId());
                    ps.setInt(4, h.compared());
                    ps.setInt(5, h.identical());
                    ps.setInt(6, h.differing());
                    ps.setDouble(7, h.similarity());
                    ps.setString(8, h.classification());
                });
        return runId;
    }

    /** A query profile of the panel against one stored profile, locus by locus (no run is stored). */
    public ProfileComparison explain(long panelId, Profile query, long profileId) {
        PanelRecord panel = panel(panelId);
        Thresholds t = thresholds(panel.getCropCode());
        return libraries.with(panelId, lib -> {
            int row = lib.row(profileId);
            if (row < 0) throw new NotFound("profile " + profileId + " in the library of panel " + panelId);
            return ProfileComparison.of(lib.engine.explain(query, row, t));
        });
    }

    /**
     * The claimed-pedigree check: a query profile of the panel against two stored profiles of its
     * library (the same twice for one claimed parent), under the rule {@code f1} or {@code alleles}.
     */
    public Parentage.Check pedigree(
            long panelId, Profile candidate, long firstProfileId, long secondProfileId, String rule) {
        PedigreeRule r = rule(rule);
        PedigreeCheck c = libraries.with(panelId, lib -> {
            int a = lib.row(firstProfileId), b = lib.row(secondProfileId);
            if (a < 0) throw new NotFound("profile " + firstProfileId + " in the library of panel " + panelId);
            if (b < 0) throw new NotFound("profile " + secondProfileId + " in the library of panel " + panelId);
            return lib.engine.pedigree(candidate, a, b, r);
        });
        Map<Long, Parentage.Parent> parents = parents(List.of(firstProfileId, secondProfileId));
        return new Parentage.Check(
                r.label(),
                Objects.requireNonNull(parents.get(firstProfileId)),
                Objects.requireNonNull(parents.get(secondProfileId)),
                c.explained(),
                c.unexplained(),
                c.notCompared(),
                c.explainedShare(),
                c.unexplainedLoci().stream()
                        .map(u -> new Parentage.UnexplainedLocus(
                                u.index(), u.locusId(), u.candidate(), u.firstParent(), u.secondParent()))
                        .toList());
    }

    /**
     * The parent search of a query profile over its panel's library: the lines contained in it at
     * nearly every locus, then the {@code maxPairs} pairs of them that explain it best under the rule.
     */
    public Parentage.Search parents(long panelId, Profile candidate, String rule, int maxPairs) {
        ParentSearch.Options d = ParentSearch.Options.defaults();
        ParentSearch.Options options = new ParentSearch.Options(
                rule(rule), d.minContainment(), d.maxSimilarity(), d.minCompared(), d.maxLines(), maxPairs);
        record Found(ParentSearch search, List<Long> first, List<Long> second) {}
        Found f = libraries.with(panelId, lib -> {
            ParentSearch s = lib.engine.parents(candidate, options);
            return new Found(
                    s,
                    s.pairs().stream().map(p -> lib.profileId(p.first())).toList(),
                    s.pairs().stream().map(p -> lib.profileId(p.second())).toList());
        });
        List<Long> all = new ArrayList<>(f.first());
        all.addAll(f.second());
        Map<Long, Parentage.Parent> parents = parents(all);
        List<Parentage.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < f.search().pairs().size(); i++) {
            ParentSearch.ParentPair p = f.search().pairs().get(i);
            pairs.add(new Parentage.Pair(
                    i + 1,
                    Objects.requireNonNull(parents.get(f.first().get(i))),
                    Objects.requireNonNull(parents.get(f.second().get(i))),
                    p.explained(),
                    p.unexplained(),
                    p.notCompared(),
                    p.explainedShare()));
        }
        return new Parentage.Search(options.rule().label(), f.search().lines().size(), pairs);
    }

    private static PedigreeRule rule(String rule) {
        try {
            return PedigreeRule.of(rule);
        } catch (IllegalArgumentException e) {
            throw new Invalid("rule", "pedigree rule must be f1 or alleles, not '" + rule + "'");
        }
    }

    /** Each stored profile as a parent, with its variety's id and name. */
    private Map<Long, Parentage.Parent> parents(List<Long> profileIds) {
        Map<Long, Long> varietyOf = profiles.varietyOfProfiles(profileIds);
        Map<Long, Variety> names = varieties.findAll(varietyOf.values()).stream()
                .collect(Collectors.toMap(Variety::getId, Function.identity()));
        Map<Long, Parentage.Parent> out = new java.util.HashMap<>();
        for (long id : profileIds) {
            Long vid = varietyOf.get(id);
            Variety v = vid == null ? null : names.get(vid);
            out.put(id, new Parentage.Parent(id, vid, v == null ? null : v.displayName()));
        }
        return out;
    }

    /** The thresholds a comparison on this panel is classed under now, as reports state them. */
    public MatchResult.ThresholdsUsed thresholdsInForce(long panelId) {
        PanelRecord panel = panel(panelId);
        Thresholds t = thresholds(panel.getCropCode());
        return new MatchResult.ThresholdsUsed(
                t.maxDifferingIndistinct(),
                t.edvSimilarity(),
                t.minComparedFraction(),
                t.minCompared(panel.getLocusCount()));
    }

    /** Locus-by-locus difference of two stored profiles of one panel. */
    public ProfileComparison compare(long a, long b) {
        var pa = profiles.profile(a).orElseThrow(() -> new NotFound("profile " + a));
        var pb = profiles.profile(b).orElseThrow(() -> new NotFound("profile " + b));
        if (!pa.getPanelId().equals(pb.getPanelId())) {
            throw new Invalid("b", "profiles " + a + " and " + b + " are on different panels; they cannot be compared");
        }
        PanelRecord panel = profiles.panel(pa.getPanelId()).orElseThrow();
        Thresholds t = thresholds(panel.getCropCode());
        return libraries.with(
                panel.getId(), lib -> ProfileComparison.of(lib.engine.explain(lib.row(a), lib.row(b), t)));
    }
}
