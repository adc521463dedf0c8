package org.seedprint.registry.brapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brapi.client.v2.BrAPIClient;
import org.brapi.client.v2.model.queryParams.genotype.AlleleMatrixQueryParams;
import org.brapi.client.v2.model.queryParams.genotype.VariantSetQueryParams;
import org.brapi.client.v2.model.queryParams.germplasm.GermplasmQueryParams;
import org.brapi.client.v2.modules.core.ServerInfoApi;
import org.brapi.client.v2.modules.genotype.AlleleMatrixApi;
import org.brapi.client.v2.modules.genotype.VariantSetsApi;
import org.brapi.client.v2.modules.germplasm.GermplasmApi;
import org.brapi.v2.model.BrAPIWSMIMEDataTypes;
import org.brapi.v2.model.core.BrAPIService;
import org.brapi.v2.model.geno.BrAPIAlleleMatrix;
import org.brapi.v2.model.geno.BrAPIAlleleMatrixPagination;
import org.brapi.v2.model.geno.BrAPIVariant;
import org.brapi.v2.model.geno.BrAPIVariantSet;
import org.brapi.v2.model.germ.BrAPIGermplasm;
import org.brapi.v2.model.germ.BrAPIPedigreeNode;
import org.brapi.v2.model.germ.request.BrAPIGermplasmSearchRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.demo.DemoLoader;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The BrAPI server driven over a real socket by the official BrAPI Java client 2.1.0, checked
 * against the registry's own records. Client gaps met (docs/brapi.md, "The Java client"): none of
 * them is worked around by bending the server.
 */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrapiClientTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    VarietyService varieties;

    @Autowired
    ProfileService profiles;

    @Autowired
    JdbcTemplate jdbc;

    BrAPIClient open;
    BrAPIClient breeder;

    @BeforeAll
    void setUp() throws Exception {
        BrapiFixtures f = new BrapiFixtures(context);
        f.loadDemo();
        open = new BrAPIClient("http://localhost:" + port, 60_000);
        breeder = new BrAPIClient("http://localhost:" + port, 60_000);
        String token = f.token(Role.BREEDER);
        breeder.authenticate(x -> token);
    }

    @Test
    void serverInfoListsEveryImplementedCallWithMethodsVersionAndContentType() throws Exception {
        List<BrAPIService> calls = new ServerInfoApi(open)
                .serverinfoGet(BrAPIWSMIMEDataTypes.APPLICATION_JSON)
                .getBody()
                .getResult()
                .getCalls();
        Map<String, Set<String>> methods = calls.stream()
                .collect(Collectors.toMap(
                        BrAPIService::getService,
                        s -> s.getMethods().stream().map(Object::toString).collect(Collectors.toSet())));
        assertThat(methods)
                .containsEntry("serverinfo", Set.of("GET"))
                .containsEntry("commoncropnames", Set.of("GET"))
                .containsEntry("germplasm/{germplasmDbId}/pedigree", Set.of("GET"))
                .containsEntry("search/germplasm", Set.of("POST"))
                .containsEntry("search/germplasm/{searchResultsDbId}", Set.of("GET"))
                .containsEntry("variantsets/{variantSetDbId}/callsets", Set.of("GET"))
                .containsEntry("allelematrix", Set.of("GET"))
                .containsEntry("search/allelematrix", Set.of("POST"))
                .containsEntry("markerpositions", Set.of("GET"));
        // every call of the access table, and nothing else
        Set<String> ruled = new BrapiAccessRules()
                .rules().stream()
                        .map(r -> r.pattern().substring(Brapi.BASE.length() + 1))
                        .collect(Collectors.toSet());
        assertThat(methods.keySet()).isEqualTo(ruled);
        assertThat(calls).allSatisfy(s -> {
            assertThat(s.getVersions()).containsExactly("2.1");
            assertThat(s.getContentTypes()).containsExactly(BrAPIWSMIMEDataTypes.APPLICATION_JSON);
        });
    }

    @Test
    void germplasmListPagesThroughEveryVarietyAndFiltersByName() throws Exception {
        GermplasmApi api = new GermplasmApi(open);
        Set<String> seen = new HashSet<>();
        int page = 0;
        long total;
        do {
            GermplasmQueryParams q = new GermplasmQueryParams();
            q.page(page).pageSize(250);
            var body = api.germplasmGet(q).getBody();
            total = body.getMetadata().getPagination().getTotalCount();
            body.getResult().getData().forEach(g -> seen.add(g.getGermplasmDbId()));
            page++;
        } while ((long) page * 250 < total);
        long count = number("SELECT count(*) FROM variety");
        assertThat(total).isEqualTo(count);
        assertThat(seen).hasSize((int) count);

        Variety edv = edv();
        GermplasmQueryParams byName = new GermplasmQueryParams();
        byName.germplasmName(edv.getDenominationLatin());
        List<BrAPIGermplasm> found =
                api.germplasmGet(byName).getBody().getResult().getData();
        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.getGermplasmDbId()).isEqualTo(edv.getId().toString());
            assertThat(g.getCommonCropName()).isEqualTo("rice");
            assertThat(g.getGenus()).isEqualTo("Oryza");
            assertThat(g.getSpecies()).isEqualTo("sativa");
        });
    }

    @Test
    void smallGermplasmSearchAnswersAtOnceAndALargeOneIsSavedAndPagedWith202() throws Exception {
        GermplasmApi api = new GermplasmApi(open);
        Variety edv = edv();
        var small = api.searchGermplasmPost(new BrAPIGermplasmSearchRequest()
                        .germplasmDbIds(List.of(edv.getId().toString())))
                .getBody();
        assertThat(small.getRight()).isEmpty();
        assertThat(small.getLeft().orElseThrow().getResult().getData())
                .extracting(BrAPIGermplasm::getGermplasmDbId)
                .containsExactly(edv.getId().toString());

        BrAPIGermplasmSearchRequest all = new BrAPIGermplasmSearchRequest().commonCropNames(List.of("rice"));
        all.pageSize(100);
        var large = api.searchGermplasmPost(all);
        assertThat(large.getStatusCode()).isEqualTo(202);
        String id = large.getBody().getRight().orElseThrow().getResult().getSearchResultsDbId();
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            var got = api.searchGermplasmSearchResultsDbIdGet(id, page, 100)
                    .getBody()
                    .getLeft()
                    .orElseThrow();
            got.getResult().getData().forEach(g -> ids.add(g.getGermplasmDbId()));
            if (page + 1 >= got.getMetadata().getPagination().getTotalPages()) break;
        }
        Set<String> rice =
                jdbc.queryForList("SELECT id FROM variety WHERE crop_code = 'ORYZA_SAT'", Long.class).stream()
                        .map(String::valueOf)
                        .collect(Collectors.toSet());
        assertThat(ids).isEqualTo(rice);
    }

    @Test
    @SuppressWarnings(
            "deprecation") // v2.1 deprecates germplasm/{id}/pedigree for /pedigree; the issue asks for this call
    void pedigreeOfADemoEdvIsTheRegistrysPedigree() throws Exception {
        Variety edv = edv();
        BrAPIPedigreeNode node = new GermplasmApi(open)
                .germplasmGermplasmDbIdPedigreeGet(edv.getId().toString(), null, true)
                .getBody()
                .getResult();
        assertThat(node.getGermplasmDbId()).isEqualTo(edv.getId().toString());
        Map<String, String> expected = new HashMap<>();
        for (Parentage p : edv.getParents()) {
            expected.put(p.parentId().toString(), GermplasmViews.parentType(p.role()));
        }
        Map<String, String> got = node.getParents().stream()
                .collect(Collectors.toMap(
                        r -> r.getGermplasmDbId(), r -> r.getParentType().toString()));
        assertThat(got).isEqualTo(expected).hasSize(2);
        assertThat(node.getParents())
                .allSatisfy(r -> assertThat(r.getGermplasmName())
                        .isEqualTo(varieties
                                .find(Long.parseLong(r.getGermplasmDbId()))
                                .orElseThrow()
                                .displayName()));
        assertThat(node.getPedigree()).contains("backcrossed to");
    }

    @Test
    void variantSetsAreTheDemoPanelsWithTheirLociAndProfiles() throws Exception {
        VariantSetQueryParams q = new VariantSetQueryParams();
        q.pageSize(1000);
        List<BrAPIVariantSet> sets =
                new VariantSetsApi(open).variantsetsGet(q).getBody().getResult().getData();
        for (String name : List.of(DemoLoader.MAIZE_PANEL, DemoLoader.RICE_PANEL)) {
            PanelRecord panel = panel(name);
            int stored = (int) number("SELECT count(*) FROM profile WHERE panel_id = ?", panel.getId());
            assertThat(sets)
                    .filteredOn(s -> s.getVariantSetDbId().equals(panel.getId().toString()))
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.getVariantSetName()).isEqualTo(name + " v" + panel.getPanelVersion());
                        assertThat(s.getVariantCount()).isEqualTo(panel.getLocusCount());
                        assertThat(s.getCallSetCount()).isEqualTo(stored);
                    });
        }
    }

    /**
     * Every cell of the rice panel's matrix, walked page by page in both dimensions, decoded with
     * the variants' alleles, equals the stored profile's genotype at that locus.
     */
    @Test
    void alleleMatrixWalkedPageByPageEqualsTheStoredProfilesInEveryCell() throws Exception {
        PanelRecord panel = panel(DemoLoader.RICE_PANEL);
        String set = panel.getId().toString();
        Map<String, List<String>> alleles = new HashMap<>();
        Map<String, String> locusOf = new HashMap<>();
        VariantSetsApi variantSets = new VariantSetsApi(open);
        for (int page = 0; page * 100 < panel.getLocusCount(); page++) {
            for (BrAPIVariant v : variantSets
                    .variantsetsVariantSetDbIdVariantsGet(set, null, null, page, 100)
                    .getBody()
                    .getResult()
                    .getData()) {
                assertThat(v.getVariantType()).isEqualTo("MNP");
                List<String> all = new ArrayList<>();
                all.add(v.getReferenceBases());
                all.addAll(v.getAlternateBases());
                alleles.put(v.getVariantDbId(), all);
                locusOf.put(v.getVariantDbId(), v.getVariantNames().get(0));
            }
        }
        assertThat(alleles).hasSize(panel.getLocusCount());

        AlleleMatrixApi api = new AlleleMatrixApi(breeder);
        int variantPageSize = 64, callSetPageSize = 100, cells = 0;
        Set<String> callSetsSeen = new HashSet<>();
        for (int vp = 0; ; vp++) {
            BrAPIAlleleMatrix m = null;
            for (int cp = 0; ; cp++) {
                AlleleMatrixQueryParams q = new AlleleMatrixQueryParams();
                q.variantSetDbId(set)
                        .dimensionVariantPage(vp)
                        .dimensionVariantPageSize(variantPageSize)
                        .dimensionCallSetPage(cp)
                        .dimensionCallSetPageSize(callSetPageSize);
                m = api.allelematrixGet(q).getBody().getResult();
                List<List<String>> gt = m.getDataMatrices().get(0).getDataMatrix();
                assertThat(m.getDataMatrices().get(0).getDataMatrixAbbreviation())
                        .isEqualTo("GT");
                assertThat(gt).hasSize(m.getVariantDbIds().size());
                for (int c = 0; c < m.getCallSetDbIds().size(); c++) {
                    String callSet = m.getCallSetDbIds().get(c);
                    callSetsSeen.add(callSet);
                    Map<String, List<String>> stored = profiles.genotypes(Long.parseLong(callSet));
                    for (int v = 0; v < m.getVariantDbIds().size(); v++) {
                        String variant = m.getVariantDbIds().get(v);
                        assertThat(decode(
                                        gt.get(v).get(c),
                                        Objects.requireNonNull(alleles.get(variant)),
                                        m.getSepUnphased(),
                                        m.getUnknownString()))
                                .as("call set %s variant %s", callSet, variant)
                                .isEqualTo(Set.copyOf(stored.get(locusOf.get(variant))));
                        cells++;
                    }
                }
                if (cp + 1 >= pages(m, "CALLSETS")) break;
            }
            if (vp + 1 >= pages(m, "VARIANTS")) break;
        }
        int stored = (int) number("SELECT count(*) FROM profile WHERE panel_id = ?", panel.getId());
        assertThat(callSetsSeen).hasSize(stored);
        assertThat(cells).isEqualTo(stored * panel.getLocusCount());
    }

    private static Set<String> decode(String gt, List<String> alleles, String sep, String unknown) {
        if (gt.equals(unknown)) return Set.of();
        Set<String> out = new HashSet<>();
        for (String i : gt.split(Pattern.quote(sep))) out.add(alleles.get(Integer.parseInt(i)));
        return out;
    }

    private static int pages(BrAPIAlleleMatrix m, String dimension) {
        return m.getPagination().stream()
                .filter(p -> p.getDimension().toString().equals(dimension))
                .map(BrAPIAlleleMatrixPagination::getTotalPages)
                .findFirst()
                .orElseThrow();
    }

    /** A demo EDV: a backcross-derived rice candidate with its recurrent and donor parents. */
    private Variety edv() {
        long id = number(
                "SELECT v.id FROM variety v WHERE v.crop_code = 'ORYZA_SAT' AND v.derivation_method = 'BACKCROSS' "
                        + "ORDER BY v.id LIMIT 1");
        return varieties.find(id).orElseThrow();
    }

    private PanelRecord panel(String name) {
        long id = number("SELECT id FROM marker_panel WHERE name = ?", name);
        return profiles.panel(id).orElseThrow();
    }

    private long number(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }
}
