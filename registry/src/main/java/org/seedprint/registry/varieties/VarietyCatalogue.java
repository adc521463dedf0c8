package org.seedprint.registry.varieties;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.seedprint.registry.platform.ByIds;
import org.seedprint.registry.platform.SqlFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exact-match, paged listings of varieties for areas that publish the library (BrAPI germplasm);
 * the typo-tolerant search is the search area's. Every filter is a list: empty means any, values
 * of one list are alternatives, lists together must all match. Varieties come in id order.
 */
@Service
@Transactional(readOnly = true)
public class VarietyCatalogue {

    /**
     * Which varieties: by id; by name (a Latin denomination, case-insensitive, or a Chinese one);
     * by crop (UPOV code, or English name case-insensitive); by accession number; by synonym.
     */
    public record VarietyFilter(
            List<Long> ids,
            List<String> names,
            List<String> crops,
            List<String> accessionNumbers,
            List<String> synonyms) {

        public static VarietyFilter ofIds(List<Long> ids) {
            return new VarietyFilter(ids, List.of(), List.of(), List.of(), List.of());
        }
    }

    /** One page of varieties and how many match in all. */
    public record Listing(List<Variety> varieties, long total) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager em;

    VarietyCatalogue(NamedParameterJdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    public Listing find(VarietyFilter f, long offset, int limit) {
        List<String> lowerNames = f.names().stream().map(String::toLowerCase).toList();
        SqlFilter w = new SqlFilter()
                .in("v.id", "ids", f.ids())
                .where(
                        "(lower(v.denomination_latin) IN (:names) OR v.denomination_chinese IN (:names))",
                        "names",
                        lowerNames.isEmpty() ? List.of() : both(lowerNames, f.names()))
                .where(
                        "(v.crop_code IN (:crops) OR v.crop_code IN (SELECT upov_code FROM crop WHERE lower(english_name) IN (:crops)))",
                        "crops",
                        f.crops().isEmpty()
                                ? List.of()
                                : both(
                                        f.crops().stream()
                                                .map(String::toLowerCase)
                                                .toList(),
                                        f.crops()))
                .in("v.accession_number", "accessionNumbers", f.accessionNumbers())
                .where(
                        "EXISTS (SELECT 1 FROM variety_synonym s WHERE s.variety_id = v.id AND s.synonym IN (:synonyms))",
                        "synonyms",
                        f.synonyms());
        Long total = jdbc.queryForObject("SELECT count(*) FROM variety v" + w.sql(), w.params(), Long.class);
        MapSqlParameterSource params = w.params().addValue("offset", offset).addValue("limit", limit);
        List<Long> ids = jdbc.query(
                "SELECT v.id FROM variety v" + w.sql() + " ORDER BY v.id LIMIT :limit OFFSET :offset",
                params,
                (rs, row) -> rs.getLong(1));
        return new Listing(inOrder(ids), total == null ? 0 : total);
    }

    /** The varieties that name this one as a parent (in any role), in id order. */
    public List<Variety> progeny(long parentId) {
        List<Long> ids = jdbc.query(
                "SELECT DISTINCT variety_id FROM variety_parent WHERE parent_id = :parent ORDER BY variety_id",
                new MapSqlParameterSource("parent", parentId),
                (rs, row) -> rs.getLong(1));
        return inOrder(ids);
    }

    private List<Variety> inOrder(List<Long> ids) {
        Map<Long, Variety> byId = ByIds.find(em, Variety.class, ids).stream()
                .collect(Collectors.toMap(Variety::getId, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Variety::getId))
                .toList();
    }

    private static List<String> both(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
