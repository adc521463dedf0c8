package org.seedprint.registry.profiles;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.SqlFilter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filtered, paged listings of stored profiles and samples (without genotypes), for areas that
 * publish the library (BrAPI call sets and samples). Every filter is a list: empty means any,
 * values of one list are alternatives, lists together must all match. Rows come in id order.
 */
@Service
@Transactional(readOnly = true)
public class ProfileCatalogue {

    /** A stored profile with its sample and variety, as a listing shows it. */
    public record ProfileEntry(
            long profileId,
            long panelId,
            long sampleId,
            long varietyId,
            String barcode,
            @Nullable String seedLot,
            Instant createdAt) {}

    /** A physical sample of a variety. */
    public record SampleEntry(
            long sampleId,
            long varietyId,
            String barcode,
            @Nullable String seedLot,
            @Nullable String storagePlace,
            Instant createdAt) {}

    /** Which profiles: by profile, panel, sample, variety or sample barcode. */
    public record ProfileFilter(
            List<Long> profileIds,
            List<Long> panelIds,
            List<Long> sampleIds,
            List<Long> varietyIds,
            List<String> barcodes) {}

    /** Which samples: by sample, variety or barcode. */
    public record SampleFilter(List<Long> sampleIds, List<Long> varietyIds, List<String> barcodes) {}

    /** One page of a listing and the number of rows of the whole listing. */
    public record Listing<T>(List<T> rows, long total) {}

    private static final String PROFILE_COLUMNS =
            "SELECT p.id, p.panel_id, p.sample_id, s.variety_id, s.barcode, s.seed_lot, p.created_at";
    private static final String PROFILE_FROM = " FROM profile p JOIN sample s ON s.id = p.sample_id";
    private static final String SAMPLE_COLUMNS =
            "SELECT s.id, s.variety_id, s.barcode, s.seed_lot, s.storage_place, s.created_at";
    private static final String SAMPLE_FROM = " FROM sample s";

    private final NamedParameterJdbcTemplate jdbc;

    ProfileCatalogue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Listing<ProfileEntry> profiles(ProfileFilter f, long offset, int limit) {
        SqlFilter w = new SqlFilter();
        w.in("p.id", "profileIds", f.profileIds());
        w.in("p.panel_id", "panelIds", f.panelIds());
        w.in("p.sample_id", "sampleIds", f.sampleIds());
        w.in("s.variety_id", "varietyIds", f.varietyIds());
        w.in("s.barcode", "barcodes", f.barcodes());
        return page(
                PROFILE_COLUMNS,
                PROFILE_FROM,
                "p.id",
                w,
                offset,
                limit,
                (rs, n) -> new ProfileEntry(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()));
    }

    public Listing<SampleEntry> samples(SampleFilter f, long offset, int limit) {
        SqlFilter w = new SqlFilter();
        w.in("s.id", "sampleIds", f.sampleIds());
        w.in("s.variety_id", "varietyIds", f.varietyIds());
        w.in("s.barcode", "barcodes", f.barcodes());
        return page(
                SAMPLE_COLUMNS,
                SAMPLE_FROM,
                "s.id",
                w,
                offset,
                limit,
                (rs, n) -> new SampleEntry(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
    }

    /** Number of stored profiles of each panel that has any. */
    public Map<Long, Long> profileCounts() {
        Map<Long, Long> out = new HashMap<>();
        jdbc.query("SELECT panel_id, count(*) FROM profile GROUP BY panel_id", rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        });
        return out;
    }

    private <T> Listing<T> page(
            String columns, String from, String order, SqlFilter w, long offset, int limit, RowMapper<T> rows) {
        Long total = jdbc.queryForObject("SELECT count(*)" + from + w.sql(), w.params(), Long.class);
        MapSqlParameterSource params = w.params().addValue("offset", offset).addValue("limit", limit);
        List<T> page = jdbc.query(
                columns + from + w.sql() + " ORDER BY " + order + " LIMIT :limit OFFSET :offset", params, rows);
        return new Listing<>(page, total == null ? 0 : total);
    }
}
