package org.seedprint.registry.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seedprint.matcher.engine.Explanation;
import org.seedprint.matcher.engine.Hit;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.profiles.MarkerPanel;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.Crop;
import org.seedprint.registry.varieties.CropService;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Screening a profile against the library of its crop and panel, and comparing two profiles. */
@Service
public class MatchingService {

    private final LibraryRegistry libraries;
    private final ProfileService profiles;
    private final CropService crops;
    private final VarietyService varieties;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;

    MatchingService(
            LibraryRegistry libraries,
            ProfileService profiles,
            CropService crops,
            VarietyService varieties,
            CurrentUsers users,
            JdbcTemplate jdbc) {
        this.libraries = libraries;
        this.profiles = profiles;
        this.crops = crops;
        this.varieties = varieties;
        this.users = users;
        this.jdbc = jdbc;
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
    public MatchResult matchStored(long profileId, int top) {
        var p = profiles.profile(profileId).orElseThrow(() -> new NotFound("profile " + profileId));
        MarkerPanel panel = profiles.panel(p.getPanelId()).orElseThrow();
        return libraries.with(panel.getId(), lib -> {
            int row = lib.row(profileId);
            if (row < 0) throw new IllegalStateException("profile " + profileId + " is not in the loaded library");
            return run(panel, lib, lib.library.profile(row), "profile " + profileId, profileId, top);
        });
    }

    /** Every sample of an uploaded library (already read against the panel) screened in turn. */
    @Transactional
    public List<MatchResult> matchUploaded(long panelId, Library query, String sourceName, int top) {
        MarkerPanel panel = profiles.panel(panelId).orElseThrow(() -> new NotFound("panel " + panelId));
        return libraries.with(panelId, lib -> {
            List<MatchResult> out = new ArrayList<>();
            for (int i = 0; i < query.size(); i++) {
                out.add(run(panel, lib, query.profile(i), sourceName + " / " + query.id(i), null, top));
            }
            return out;
        });
    }

    private MatchResult run(
            MarkerPanel panel, LoadedLibrary lib, Profile query, String label, Long queryProfileId, int top) {
        Thresholds t = thresholds(panel.getCropCode());
        List<Hit> hits = lib.engine.top(query, top, t);
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
            MarkerPanel panel,
            Thresholds t,
            int size,
            String label,
            Long queryProfileId,
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
        long runId = key.getKey().longValue();
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

    /** Locus-by-locus difference of two stored profiles of one panel. */
    public Explanation compare(long a, long b) {
        var pa = profiles.profile(a).orElseThrow(() -> new NotFound("profile " + a));
        var pb = profiles.profile(b).orElseThrow(() -> new NotFound("profile " + b));
        if (!pa.getPanelId().equals(pb.getPanelId())) {
            throw new Invalid("b", "profiles " + a + " and " + b + " are on different panels; they cannot be compared");
        }
        MarkerPanel panel = profiles.panel(pa.getPanelId()).orElseThrow();
        Thresholds t = thresholds(panel.getCropCode());
        return libraries.with(panel.getId(), lib -> lib.engine.explain(lib.row(a), lib.row(b), t));
    }
}
