package org.seedprint.registry.profiles;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.ProfileQc;
import org.seedprint.matcher.profile.QcColumns;
import org.seedprint.matcher.profile.SampleIds;
import org.seedprint.registry.platform.ByIds;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Panels, samples and profiles in PostgreSQL, and the matcher library built from them. */
@Service
@Transactional(readOnly = true)
public class ProfileService {

    private final PanelRecordRepository panels;
    private final SampleRepository samples;
    private final ProfileRepository profiles;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final EntityManager em;

    ProfileService(
            PanelRecordRepository panels,
            SampleRepository samples,
            ProfileRepository profiles,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            EntityManager em) {
        this.em = em;
        this.panels = panels;
        this.samples = samples;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<PanelRecord> panel(long id) {
        return panels.findById(id);
    }

    /** The matcher's view of a stored panel (its loci in order). */
    public Optional<MarkerPanel> matcherPanel(long id) {
        return panels.findById(id).map(PanelRecord::toMatcher);
    }

    public Optional<PanelRecord> panel(String cropCode, String name, String version) {
        return panels.findByCropCodeAndNameAndPanelVersion(cropCode, name, version);
    }

    public Page<PanelRecord> panels(Pageable page) {
        return panels.findAll(page);
    }

    public Optional<StoredProfile> profile(long id) {
        return profiles.findById(id);
    }

    public Optional<Sample> sample(long id) {
        return samples.findById(id);
    }

    /** The stored panel with this crop, name and version; created when new, refused when its loci differ. */
    @Transactional
    public PanelRecord findOrCreatePanel(String cropCode, MarkerPanel panel) {
        Optional<PanelRecord> existing = panel(cropCode, panel.name(), panel.version());
        if (existing.isPresent()) {
            if (!existing.get().toMatcher().loci().equals(panel.loci())) {
                throw new Conflict(
                        "panel",
                        "panel " + panel.name() + " v" + panel.version()
                                + " is already stored with other loci; give the changed panel a new version");
            }
            return existing.get();
        }
        return panels.saveAndFlush(new PanelRecord(cropCode, panel));
    }

    /** The crop's panel holding the most profiles. */
    public Optional<PanelRecord> largestPanel(String cropCode) {
        List<Long> ids = jdbc.query(
                "SELECT p.panel_id FROM profile p JOIN marker_panel m ON m.id = p.panel_id "
                        + "WHERE m.crop_code = ? GROUP BY p.panel_id ORDER BY count(*) DESC, p.panel_id LIMIT 1",
                (rs, i) -> rs.getLong(1),
                cropCode);
        return ids.isEmpty() ? Optional.empty() : panels.findById(ids.get(0));
    }

    /** Those of the given barcodes that some sample already has. */
    public Set<String> existingBarcodes(List<String> barcodes) {
        return new HashSet<>(
                jdbc.queryForList("SELECT barcode FROM sample WHERE barcode = ANY (?)", String.class, (Object)
                        barcodes.toArray(String[]::new)));
    }

    /** Ids of panels that hold at least one profile. */
    public List<Long> panelsWithProfiles() {
        return jdbc.query("SELECT DISTINCT panel_id FROM profile ORDER BY panel_id", (rs, i) -> rs.getLong(1));
    }

    /** The profiles of a variety's samples, oldest first. */
    public List<StoredProfile> profilesOfVariety(long varietyId) {
        List<Long> ids = jdbc.query(
                "SELECT p.id FROM profile p JOIN sample s ON s.id = p.sample_id "
                        + "WHERE s.variety_id = ? ORDER BY p.id",
                (rs, i) -> rs.getLong(1),
                varietyId);
        return ByIds.find(em, StoredProfile.class, ids).stream()
                .sorted(Comparator.comparing(StoredProfile::getId))
                .toList();
    }

    /** Variety of each profile. */
    public Map<Long, Long> varietyOfProfiles(List<Long> profileIds) {
        Map<Long, Long> out = new HashMap<>();
        if (profileIds.isEmpty()) return out;
        jdbc.query(
                "SELECT p.id, s.variety_id FROM profile p JOIN sample s ON s.id = p.sample_id WHERE p.id = ANY (?)",
                rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                },
                (Object) profileIds.toArray(Long[]::new));
        return out;
    }

    /**
     * Stores every profile of a freshly read library, in the caller's transaction: one sample and
     * one profile per library row, genotypes as codes of the panel's dictionary (extended with the
     * new genotypes). Rows for which {@code sampleOf} gives null are skipped (already stored).
     * Returns the new profile ids in library order.
     */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = false)
    public List<Long> store(
            long panelId, Library lib, Function<String, @Nullable NewSample> sampleOf, Provenance provenance) {
        PanelRecord panel = panels.lock(panelId).orElseThrow(() -> new NotFound("panel " + panelId));
        if (panel.getLocusCount() != lib.locusCount()) {
            throw new IllegalArgumentException(
                    "library has " + lib.locusCount() + " loci, panel " + panel.getLocusCount());
        }
        int m = lib.locusCount();
        List<Map<List<String>, Integer>> known = dictionary(panelId, m);
        List<Object[]> newGenotypes = new ArrayList<>();
        List<Long> ids = new ArrayList<>(lib.size());
        for (int i = 0; i < lib.size(); i++) {
            NewSample ns = sampleOf.apply(lib.id(i));
            if (ns == null) continue;
            int[] codes = new int[m];
            for (int l = 0; l < m; l++) {
                List<String> alleles = lib.alleles(i, l);
                if (alleles.isEmpty()) continue;
                Map<List<String>, Integer> atLocus = known.get(l);
                Integer code = atLocus.get(alleles);
                if (code == null) {
                    code = atLocus.size() + 1;
                    if (code > AlleleDictionary.MAX_CODE)
                        throw new IllegalStateException("locus " + l + ": too many genotypes");
                    atLocus.put(alleles, code);
                    newGenotypes.add(new Object[] {panelId, l, code, alleles.toArray(String[]::new)});
                }
                codes[l] = code;
            }
            Sample sample = samples.save(new Sample(ns.varietyId(), ns.barcode(), ns.seedLot(), ns.storagePlace()));
            ProfileQc qc = lib.qc(i);
            StoredProfile p = profiles.save(new StoredProfile(
                    sample.getId(),
                    panelId,
                    GenotypeCodes.encode(codes),
                    provenance,
                    decimal(qc.callRate(), 5),
                    Double.isNaN(qc.meanDepth()) ? null : decimal(qc.meanDepth(), 3),
                    decimal(qc.multiAllelicShare(), 5)));
            ids.add(p.getId());
            if (ids.size() % 200 == 0) {
                // keep the persistence context small so that each flush stays cheap
                em.flush();
                em.clear();
            }
        }
        profiles.flush();
        jdbc.batchUpdate(
                "INSERT INTO panel_genotype (panel_id, locus_index, code, alleles) VALUES (?, ?, ?, ?)",
                newGenotypes,
                1000,
                (ps, row) -> {
                    ps.setLong(1, (Long) row[0]);
                    ps.setInt(2, (Integer) row[1]);
                    ps.setInt(3, (Integer) row[2]);
                    ps.setArray(4, ps.getConnection().createArrayOf("text", (String[]) row[3]));
                });
        if (!ids.isEmpty()) events.publishEvent(new ProfilesChanged(panelId));
        return ids;
    }

    /** Removes a profile; the panel's library drops it once the removal commits. */
    @Transactional
    public void delete(long profileId) {
        StoredProfile p = profiles.findById(profileId).orElseThrow(() -> new NotFound("profile " + profileId));
        try {
            profiles.delete(p);
            profiles.flush();
        } catch (DataIntegrityViolationException e) {
            // the schema's foreign keys know every table that cites a profile (stored match results)
            throw new Conflict("id", "profile " + profileId + " is cited by stored match results; they keep it");
        }
        events.publishEvent(new ProfilesChanged(p.getPanelId()));
    }

    /** Genotype dictionary of a panel as stored: per locus, allele set -> code. */
    private List<Map<List<String>, Integer>> dictionary(long panelId, int loci) {
        List<Map<List<String>, Integer>> out = new ArrayList<>(loci);
        for (int l = 0; l < loci; l++) out.add(new HashMap<>());
        jdbc.query(
                "SELECT locus_index, code, alleles FROM panel_genotype WHERE panel_id = ? ORDER BY locus_index, code",
                rs -> {
                    out.get(rs.getInt(1)).put(alleles(rs.getArray(3)), rs.getInt(2));
                },
                panelId);
        return out;
    }

    private static List<String> alleles(Array a) throws SQLException {
        return List.of((String[]) a.getArray());
    }

    /**
     * All profiles of a panel as a matcher library (sample ids = profile ids). The stored codes
     * are the dictionary's codes, so rows are copied, not re-encoded.
     */
    public Library loadLibrary(long panelId) {
        PanelRecord panel = panels.findById(panelId).orElseThrow(() -> new NotFound("panel " + panelId));
        MarkerPanel mp = panel.toMatcher();
        int m = mp.size();
        AlleleDictionary dict = new AlleleDictionary(m);
        jdbc.query(
                "SELECT locus_index, code, alleles FROM panel_genotype WHERE panel_id = ? ORDER BY locus_index, code",
                rs -> {
                    int l = rs.getInt(1);
                    int got = dict.encode(l, (String[]) rs.getArray(3).getArray());
                    if (got != rs.getInt(2)) {
                        throw new IllegalStateException(
                                "panel " + panelId + " locus " + l + ": genotype codes out of order");
                    }
                },
                panelId);
        dict.freeze();
        Integer n = jdbc.queryForObject("SELECT count(*) FROM profile WHERE panel_id = ?", Integer.class, panelId);
        String[] ids = new String[n];
        CodeMatrix.Builder codes = CodeMatrix.builder(dict.maxGenotypeCount(), n, m);
        float[] callRate = new float[n];
        float[] meanDepth = new float[n];
        float[] multi = new float[n];
        int[] row = {0};
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(
                            "SELECT id, genotypes, call_rate, mean_depth, multi_allelic_rate FROM profile "
                                    + "WHERE panel_id = ? ORDER BY id");
                    ps.setLong(1, panelId);
                    ps.setFetchSize(2000);
                    return ps;
                },
                rs -> {
                    int i = row[0]++;
                    if (i >= n) return;
                    ids[i] = Long.toString(rs.getLong(1));
                    byte[] g = rs.getBytes(2);
                    if (g[0] == 1) {
                        codes.setRow(i, g, 1);
                    } else {
                        for (int l = 0; l < m; l++) {
                            int c = GenotypeCodes.code(g, l);
                            if (c != 0) codes.set(i, l, c);
                        }
                    }
                    callRate[i] = rs.getFloat(3);
                    BigDecimal d = rs.getBigDecimal(4);
                    meanDepth[i] = d == null ? Float.NaN : d.floatValue();
                    multi[i] = rs.getFloat(5);
                });
        int loaded = Math.min(row[0], n);
        return Library.of(
                mp,
                dict,
                SampleIds.of(Arrays.copyOf(ids, loaded)),
                codes.build(loaded),
                new QcColumns(
                        Arrays.copyOf(callRate, loaded),
                        Arrays.copyOf(meanDepth, loaded),
                        Arrays.copyOf(multi, loaded)),
                null);
    }

    /** Alleles per locus of a stored profile, keyed by locus id in panel order. */
    public Map<String, List<String>> genotypes(long profileId) {
        StoredProfile p = profiles.findById(profileId).orElseThrow(() -> new NotFound("profile " + profileId));
        PanelRecord panel = panels.findById(p.getPanelId()).orElseThrow();
        Map<Integer, Map<Integer, List<String>>> dict = new HashMap<>();
        jdbc.query(
                "SELECT locus_index, code, alleles FROM panel_genotype WHERE panel_id = ?",
                rs -> {
                    dict.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getInt(2), alleles(rs.getArray(3)));
                },
                p.getPanelId());
        byte[] g = p.getGenotypes();
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<PanelLocus> loci = panel.getLoci();
        for (int l = 0; l < loci.size(); l++) {
            int c = GenotypeCodes.code(g, l);
            out.put(
                    loci.get(l).locusId(),
                    c == 0 ? List.of() : Objects.requireNonNull(dict.get(l)).get(c));
        }
        return out;
    }

    private static BigDecimal decimal(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }
}
