package org.seedprint.registry.brapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.demo.DemoLoader;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BrAPI calls read as plain JSON, without the client: the field names and JSON types the
 * v2.1 specification gives each call (its required fields, and the optional ones this server
 * fills), the paging metadata, BrAPI's error body for bad paging and unknown ids, and access
 * (open data without sign-in, genotypes only with a Bearer token of a role that may read profiles).
 */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrapiJsonTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private String breeder = "";
    private String administrator = "";
    private long ricePanel;
    private long edv;

    @BeforeAll
    void setUp() {
        BrapiFixtures f = new BrapiFixtures(context);
        f.loadDemo();
        breeder = f.token(Role.BREEDER);
        administrator = f.token(Role.ADMINISTRATOR);
        ricePanel = number("SELECT id FROM marker_panel WHERE name = ?", DemoLoader.RICE_PANEL);
        edv = number("SELECT id FROM variety WHERE crop_code = 'ORYZA_SAT' AND derivation_method = 'BACKCROSS'"
                + " ORDER BY id LIMIT 1");
    }

    @Test
    void serverInfoAndCropsHaveTheSpecifiedFields() throws Exception {
        JsonNode info = ok(get("/serverinfo", null)).get("result");
        assertThat(info.get("calls").isArray()).isTrue();
        for (JsonNode call : info.get("calls")) {
            text(call, "service");
            strings(call, "methods");
            strings(call, "versions");
            strings(call, "contentTypes");
        }
        JsonNode crops = ok(get("/commoncropnames", null));
        pagination(crops.get("metadata"));
        assertThat(crops.at("/result/data").valueStream().map(JsonNode::asString))
                .contains("rice", "maize");
    }

    @Test
    void germplasmListDetailMcpdPedigreeAndProgenyHaveTheSpecifiedFields() throws Exception {
        JsonNode list = ok(get("/germplasm?pageSize=5&page=1", null));
        JsonNode p = pagination(list.get("metadata"));
        assertThat(p.get("currentPage").asInt()).isEqualTo(1);
        assertThat(p.get("pageSize").asInt()).isEqualTo(5);
        assertThat(list.at("/result/data")).hasSize(5);
        for (JsonNode g : list.at("/result/data")) germplasm(g);

        germplasm(ok(get("/germplasm/" + edv, null)).get("result"));
        JsonNode mcpd = ok(get("/germplasm/" + edv + "/mcpd", null)).get("result");
        text(mcpd, "germplasmDbId");
        text(mcpd, "germplasmPUI");
        text(mcpd, "commonCropName");
        text(mcpd, "genus");
        strings(mcpd, "accessionNames");

        JsonNode node = ok(get("/germplasm/" + edv + "/pedigree", null)).get("result");
        text(node, "germplasmDbId");
        text(node, "germplasmName");
        assertThat(node.get("parents")).isNotEmpty();
        for (JsonNode parent : node.get("parents")) {
            text(parent, "germplasmDbId");
            text(parent, "germplasmName");
            assertThat(text(parent, "parentType")).isIn("MALE", "FEMALE", "SELF", "POPULATION", "CLONAL");
        }
        String parent = node.at("/parents/0/germplasmDbId").asString();
        JsonNode progeny = ok(get("/germplasm/" + parent + "/progeny", null)).get("result");
        text(progeny, "germplasmDbId");
        assertThat(progeny.get("progeny")
                        .valueStream()
                        .map(c -> c.get("germplasmDbId").asString()))
                .contains(Long.toString(edv));
        for (JsonNode child : progeny.get("progeny")) text(child, "parentType");
    }

    @Test
    void germplasmSearchAnswers200WhenSmallAnd202WithASearchResultsDbIdWhenLarge() throws Exception {
        HttpResponse<String> small = post("/search/germplasm", "{\"germplasmDbIds\":[\"" + edv + "\"]}", null);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(tree(small).at("/result/data")).hasSize(1);

        HttpResponse<String> large =
                post("/search/germplasm", "{\"commonCropNames\":[\"rice\"],\"pageSize\":10}", null);
        assertThat(large.statusCode()).isEqualTo(202);
        String id = text(tree(large).get("result"), "searchResultsDbId");
        JsonNode page = ok(get("/search/germplasm/" + id + "?page=1&pageSize=10", null));
        assertThat(pagination(page.get("metadata")).get("currentPage").asInt()).isEqualTo(1);
        assertThat(page.at("/result/data")).hasSize(10);
        error(get("/search/germplasm/00000000-0000-0000-0000-000000000000", null), 404);
    }

    @Test
    void variantSetsVariantsCallSetsAndCallsHaveTheSpecifiedFields() throws Exception {
        JsonNode set = ok(get("/variantsets/" + ricePanel, null)).get("result");
        assertThat(text(set, "variantSetDbId")).isEqualTo(Long.toString(ricePanel));
        text(set, "variantSetName");
        integer(set, "variantCount");
        integer(set, "callSetCount");

        JsonNode variants = ok(get("/variantsets/" + ricePanel + "/variants?pageSize=3", null));
        pagination(variants.get("metadata"));
        JsonNode v = variants.at("/result/data/0");
        text(v, "variantDbId");
        assertThat(text(v, "variantType")).isEqualTo("MNP");
        text(v, "referenceBases");
        strings(v, "alternateBases");
        strings(v, "variantNames");
        strings(v, "variantSetDbId");
        text(v, "referenceName");
        integer(v, "start");
        integer(v, "end");

        JsonNode callSets = ok(get("/variantsets/" + ricePanel + "/callsets?pageSize=2", breeder));
        JsonNode cs = callSets.at("/result/data/0");
        text(cs, "callSetDbId");
        text(cs, "callSetName");
        text(cs, "sampleDbId");
        assertThat(strings(cs, "variantSetDbIds")).containsExactly(Long.toString(ricePanel));

        JsonNode sample = ok(get("/samples/" + text(cs, "sampleDbId"), breeder)).get("result");
        text(sample, "sampleDbId");
        text(sample, "germplasmDbId");

        JsonNode calls = ok(get("/callsets/" + text(cs, "callSetDbId") + "/calls?pageSize=4", breeder));
        assertThat(pagination(calls.get("metadata")).get("totalCount").asLong())
                .isEqualTo(set.get("variantCount").asLong());
        for (JsonNode call : calls.at("/result/data")) {
            text(call, "callSetDbId");
            text(call, "variantDbId");
            text(call, "variantSetDbId");
            text(call, "genotypeValue");
            assertThat(call.at("/genotype/values").isArray()).isTrue();
        }
    }

    @Test
    void alleleMatrixHasBothPagingDimensionsAndTheSpecifiedFields() throws Exception {
        JsonNode m = ok(get(
                        "/allelematrix?variantSetDbId=" + ricePanel
                                + "&dimensionVariantPage=1&dimensionVariantPageSize=7&dimensionCallSetPage=0"
                                + "&dimensionCallSetPageSize=3",
                        breeder))
                .get("result");
        List<String> dimensions = new ArrayList<>();
        for (JsonNode d : m.get("pagination")) {
            dimensions.add(text(d, "dimension"));
            integer(d, "page");
            integer(d, "pageSize");
            integer(d, "totalCount");
            integer(d, "totalPages");
        }
        assertThat(dimensions).containsExactly("VARIANTS", "CALLSETS");
        assertThat(m.at("/pagination/0/page").asInt()).isEqualTo(1);
        assertThat(strings(m, "variantSetDbIds")).containsExactly(Long.toString(ricePanel));
        assertThat(strings(m, "variantDbIds")).hasSize(7);
        assertThat(strings(m, "callSetDbIds")).hasSize(3);
        JsonNode gt = m.at("/dataMatrices/0");
        assertThat(text(gt, "dataMatrixAbbreviation")).isEqualTo("GT");
        assertThat(text(gt, "dataMatrixName")).isEqualTo("Genotype");
        assertThat(text(gt, "dataType")).isEqualTo("string");
        assertThat(gt.get("dataMatrix")).hasSize(7);
        for (JsonNode row : gt.get("dataMatrix")) {
            assertThat(row).hasSize(3);
            row.forEach(cell -> assertThat(cell.isString()).isTrue());
        }
        assertThat(m.get("expandHomozygotes").isBoolean()).isTrue();
        text(m, "sepPhased");
        text(m, "sepUnphased");
        text(m, "unknownString");
    }

    @Test
    void badPagingAndUnknownIdsAnswerBrapiErrors() throws Exception {
        assertThat(error(get("/germplasm?pageSize=0", null), 400)).contains("pageSize");
        assertThat(error(get("/germplasm?page=-1", null), 400)).contains("page");
        assertThat(error(get("/germplasm?pageSize=abc", null), 400)).contains("pageSize");
        assertThat(error(get("/variants?pageSize=1001", null), 400)).contains("pageSize", "1000");
        assertThat(error(
                        get("/allelematrix?variantSetDbId=" + ricePanel + "&dimensionCallSetPageSize=5000", breeder),
                        400))
                .contains("dimensionCallSetPageSize");
        assertThat(error(get("/germplasm/999999999", null), 404)).contains("999999999");
        error(get("/germplasm/not-a-number", null), 404);
        error(get("/variantsets/999999999", null), 404);
        error(get("/variants/" + ricePanel + "-999999", null), 404);
        error(get("/callsets/999999999", breeder), 404);
    }

    @Test
    void openDataNeedsNoSignInAndGenotypesNeedABearerTokenOfARoleThatReadsProfiles() throws Exception {
        for (String open :
                List.of("/serverinfo", "/germplasm", "/variantsets", "/variants", "/maps", "/markerpositions")) {
            assertThat(get(open, null).statusCode()).as(open).isEqualTo(200);
        }
        for (String genotypes : List.of(
                "/samples",
                "/callsets",
                "/calls?variantSetDbId=" + ricePanel,
                "/allelematrix?variantSetDbId=" + ricePanel,
                "/variantsets/" + ricePanel + "/callsets")) {
            HttpResponse<String> anonymous = get(genotypes, null);
            assertThat(anonymous.statusCode()).as(genotypes).isEqualTo(401);
            // RFC 9110 section 11.6.1: a 401 names its challenge; BrAPI clients then send a Bearer token
            assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                    .as(genotypes)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer "));
            assertThat(get(genotypes, administrator).statusCode()).as(genotypes).isEqualTo(403);
            assertThat(get(genotypes, breeder).statusCode()).as(genotypes).isEqualTo(200);
        }
        assertThat(post("/search/callsets", "{}", null).statusCode()).isEqualTo(401);
        // a BrAPI path the table does not list is refused, never the sign-in page
        assertThat(get("/studies", null).statusCode()).isEqualTo(401);
        assertThat(get("/studies", breeder).statusCode()).isEqualTo(403);
    }

    // --- JSON shape checks ---

    private static void germplasm(JsonNode g) {
        text(g, "germplasmDbId");
        text(g, "germplasmName");
        text(g, "germplasmPUI");
        text(g, "commonCropName");
        strings(g.get("synonyms").valueStream().map(s -> s.get("synonym")).toList());
    }

    private static JsonNode pagination(JsonNode metadata) {
        JsonNode p = metadata.get("pagination");
        integer(p, "currentPage");
        integer(p, "pageSize");
        integer(p, "totalCount");
        integer(p, "totalPages");
        assertThat(metadata.get("status").isArray()).isTrue();
        assertThat(metadata.get("datafiles").isArray()).isTrue();
        return p;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        assertThat(v).as("%s in %s", field, node).isNotNull();
        assertThat(v.isString()).as("%s is a string in %s", field, node).isTrue();
        return v.asString();
    }

    private static void integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        assertThat(v).as("%s in %s", field, node).isNotNull();
        assertThat(v.isIntegralNumber())
                .as("%s is an integer in %s", field, node)
                .isTrue();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode v = node.get(field);
        assertThat(v).as("%s in %s", field, node).isNotNull();
        assertThat(v.isArray()).as("%s is an array in %s", field, node).isTrue();
        return strings(v.valueStream().toList());
    }

    private static List<String> strings(List<JsonNode> values) {
        assertThat(values).allSatisfy(s -> assertThat(s.isString()).isTrue());
        return values.stream().map(JsonNode::asString).toList();
    }

    // --- HTTP ---

    private JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return tree(r);
    }

    /** BrAPI's error body: a JSON string "ERROR - time - message"; the message is returned. */
    private String error(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(status);
        JsonNode body = tree(r);
        assertThat(body.isString()).as(r.body()).isTrue();
        assertThat(body.asString()).startsWith("ERROR - ");
        return body.asString();
    }

    private JsonNode tree(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    private HttpResponse<String> post(String path, String body, @Nullable String token)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                token);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, @Nullable String token)
            throws IOException, InterruptedException {
        if (token != null) b.header("Authorization", "Bearer " + token);
        b.header("Accept", "application/json");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + Brapi.BASE + path);
    }

    private long number(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }
}
