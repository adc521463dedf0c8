package org.seedprint.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Pair;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.index.LibraryIndex;
import org.seedprint.matcher.profile.Library;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.demo.DemoLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster round trip on the demo rice library: the panel's library out as a matcher index, a
 * close-pair map computed from that index in the cluster's file format (docs/cluster.md) back in,
 * served as the crop's map; a map that does not hold for the library is refused, naming line and
 * field, and changes nothing.
 */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "examiner", roles = "EXAMINER")
class ClusterExchangeTest {

    private static final String CROP = "ORYZA_SAT";
    /** A computing time no background computation of the demo map takes: marks the adopted map. */
    private static final long MARK_MS = 987_654;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLoader demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private long panelId;
    private @Nullable Library exported;

    @BeforeAll
    void loadTheDemo() throws Exception {
        demo.load();
        panelId = jdbc.queryForObject(
                "SELECT id FROM marker_panel WHERE name = ? ORDER BY id LIMIT 1", Long.class, DemoLoader.RICE_PANEL);
    }

    /** The export, fetched in the first test that needs it (the mock user exists only inside tests). */
    private Library exported() throws Exception {
        if (exported != null) return exported;
        MvcResult started = mvc.perform(get("/api/v1/panels/" + panelId + "/library.idx"))
                .andExpect(request().asyncStarted())
                .andReturn();
        MvcResult r =
                mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        Path file = Files.createTempFile("rice", ".idx");
        try {
            Files.write(file, r.getResponse().getContentAsByteArray());
            exported = LibraryIndex.read(file);
        } finally {
            Files.delete(file);
        }
        return exported;
    }

    @Test
    void theExportIsThePanelsLibraryWithProfileIdsAsSampleIds() throws Exception {
        Library exported = exported();
        List<Long> ids =
                jdbc.queryForList("SELECT id FROM profile WHERE panel_id = ? ORDER BY id", Long.class, panelId);
        assertThat(exported.size()).isEqualTo(ids.size());
        for (int i = 0; i < ids.size(); i++) assertThat(exported.id(i)).isEqualTo(String.valueOf(ids.get(i)));
        assertThat(exported.panel().name()).isEqualTo(DemoLoader.RICE_PANEL);
        assertThat(exported.locusCount())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT locus_count FROM marker_panel WHERE id = ?", Integer.class, panelId));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMapComputedFromTheExportIsServedAsTheCropsMap() throws Exception {
        List<String> map = map(0.87);
        mvc.perform(upload(map))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs").value(map.size() - 1))
                .andExpect(jsonPath("$.computedInMs").value(MARK_MS));
        String body = mvc.perform(
                        get("/api/v1/crops/" + CROP + "/pairs?minSimilarity=0.87&size=1000&panelId=" + panelId))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.computedInMs")).longValue()).isEqualTo(MARK_MS);
        List<Map<String, Object>> served = JsonPath.read(body, "$.pairs.items");
        assertThat(served).hasSize(map.size() - 1).isNotEmpty();
        Map<String, Object> first = json.readValue(map.get(1), Map.class);
        assertThat(served.getFirst().get("profileA").toString()).isEqualTo(first.get("first"));
        assertThat(served.getFirst().get("identical")).isEqualTo(first.get("identical"));
    }

    @Test
    void aMapThatDoesNotHoldForTheLibraryIsRefusedNamingLineAndField() throws Exception {
        List<String> good = map(0.88);
        assertThat(good.size()).isGreaterThan(3);
        refused(
                with(good, 2, p -> put(p, "identical", ((Number) p.get("identical")).intValue() - 1)),
                "identical",
                "line 2");
        refused(with(good, 2, p -> put(p, "classification", "distinct")), "classification", "line 2");
        refused(with(good, 3, p -> put(p, "second", "999999999")), "second", "line 3");
        refused(with(good, 2, p -> put(p, "alleleSharing", 0.01)), "alleleSharing", "line 2");
        List<String> swapped = new ArrayList<>(good);
        swapped.add(1, swapped.remove(swapped.size() - 1));
        refused(swapped, "similarity", "not best first");
        List<String> twice = new ArrayList<>(good);
        twice.add(2, good.get(1));
        refused(withHeader(twice, h -> put(h, "pairCount", twice.size() - 1)), "second", "appears twice");
        refused(withHeader(good, h -> put(h, "pairCount", 1)), "pairCount", "line 1");
        int size = exported().size();
        refused(withHeader(good, h -> put(h, "librarySize", size + 1)), "librarySize", "line 1");
        refused(withHeader(good, h -> put(h, "format", "something-else")), "format", "line 1");
        refused(
                withHeader(good, h -> put(h, "thresholds", Map.of("maxDifferingIndistinct", 0))),
                "thresholds",
                "line 1");
        refused(
                withHeader(
                        good, h -> put(h, "panel", Map.of("name", DemoLoader.RICE_PANEL, "version", "9", "loci", 1))),
                "panel",
                "line 1");
        List<String> broken = new ArrayList<>(good);
        broken.set(2, "{\"first\":");
        refused(broken, "line", "not a JSON object");
        mvc.perform(upload(List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("map"));
        // None of them became the map for 0.88: it is computed here (202 while running), never adopted.
        MvcResult r = mvc.perform(get("/api/v1/crops/" + CROP + "/pairs?minSimilarity=0.88&panelId=" + panelId))
                .andReturn();
        if (r.getResponse().getStatus() == 200) {
            assertThat(((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.computedInMs")).longValue())
                    .isNotEqualTo(MARK_MS);
        } else {
            assertThat(r.getResponse().getStatus()).isEqualTo(202);
        }
    }

    @Test
    @WithMockUser(username = "breeder", roles = "BREEDER")
    void aBreederMayNeitherExportNorServeAMap() throws Exception {
        mvc.perform(get("/api/v1/panels/" + panelId + "/library.idx")).andExpect(status().isForbidden());
        mvc.perform(upload(List.of("{}"))).andExpect(status().isForbidden());
    }

    private void refused(List<String> map, String field, String detail) throws Exception {
        mvc.perform(upload(map))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(detail)));
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            List<String> lines) {
        byte[] bytes =
                lines.isEmpty() ? new byte[0] : (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return multipart("/api/v1/crops/" + CROP + "/pairs")
                .file(new MockMultipartFile("map", "pairs-map.jsonl", "application/x-ndjson", bytes))
                .param("panelId", String.valueOf(panelId))
                .with(csrf());
    }

    /** The map as the cluster's pairs job writes it (PairsMapFile), computed on the exported index. */
    private List<String> map(double minSimilarity) throws Exception {
        Library exported = exported();
        Thresholds t = new Thresholds(
                jdbc.queryForObject(
                        "SELECT max_differing_indistinct FROM crop WHERE upov_code = ?", Integer.class, CROP),
                jdbc.queryForObject("SELECT edv_similarity FROM crop WHERE upov_code = ?", Double.class, CROP),
                jdbc.queryForObject("SELECT min_compared_fraction FROM crop WHERE upov_code = ?", Double.class, CROP));
        List<Pair> pairs;
        try (Engine engine = new Engine(exported)) {
            pairs = engine.pairs(minSimilarity, t);
        }
        int m = exported.locusCount();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("format", "seedprint-pairs-map");
        head.put("version", 1);
        head.put(
                "panel",
                Map.of(
                        "name",
                        exported.panel().name(),
                        "version",
                        exported.panel().version(),
                        "loci",
                        m));
        head.put("librarySize", exported.size());
        head.put("minSimilarity", minSimilarity);
        head.put(
                "thresholds",
                Map.of(
                        "maxDifferingIndistinct", t.maxDifferingIndistinct(),
                        "edvSimilarity", t.edvSimilarity(),
                        "minComparedFraction", t.minComparedFraction(),
                        "minComparedLoci", t.minCompared(m)));
        head.put("pairCount", pairs.size());
        head.put("computedInMs", MARK_MS);
        List<String> lines = new ArrayList<>();
        lines.add(json.writeValueAsString(head));
        for (Pair p : pairs) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("first", p.idA());
            line.put("second", p.idB());
            line.put("compared", p.counts().compared());
            line.put("identical", p.counts().identical());
            line.put("differing", p.counts().differing());
            line.put("similarity", p.similarity());
            line.put("classification", p.classification().label());
            line.put("alleleSharing", p.alleleSharing());
            lines.add(json.writeValueAsString(line));
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private List<String> with(List<String> map, int line, UnaryOperator<Map<String, Object>> change) {
        List<String> out = new ArrayList<>(map);
        out.set(
                line - 1,
                json.writeValueAsString(change.apply(json.readValue(out.get(line - 1), LinkedHashMap.class))));
        return out;
    }

    private List<String> withHeader(List<String> map, UnaryOperator<Map<String, Object>> change) {
        return with(map, 1, change);
    }

    private static Map<String, Object> put(Map<String, Object> m, String key, Object value) {
        m.put(key, value);
        return m;
    }
}
