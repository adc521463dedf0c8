package org.seedprint.registry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyData;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "examiner", roles = "EXAMINER")
class VarietySearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VarietyService varieties;

    @Autowired
    OrganisationService organisations;

    @Autowired
    VarietySearch search;

    @Autowired
    TransactionTemplate tx;

    long zhengdan;
    long xianyu;

    @BeforeAll
    void seed() {
        Organisation henan = organisations.findOrCreate(
                "HNAAS-SEARCHTEST",
                "Henan Academy of Agricultural Sciences",
                "河南省农业科学院",
                Organisation.Kind.INSTITUTE,
                "CHN");
        zhengdan = varieties
                .findByDenomination("ZEAAA_MAY", "Zhengdan 958", null)
                .map(Variety::getId)
                .orElseGet(() -> varieties
                        .create(data("ZEAAA_MAY", "Zhengdan 958", "郑单958", henan.getId()))
                        .getId());
        xianyu = varieties
                .findByDenomination("ZEAAA_MAY", "Xianyu 335", null)
                .map(Variety::getId)
                .orElseGet(() -> varieties
                        .create(data("ZEAAA_MAY", "Xianyu 335", "先玉335", null))
                        .getId());
        if (varieties.findByDenomination("ORYZA_SAT", "Déjà Rouge", null).isEmpty()) {
            varieties.create(data("ORYZA_SAT", "Déjà Rouge", "丹霞红梨", null));
        }
    }

    private static VarietyData data(String crop, String latin, String chinese, Long owner) {
        return new VarietyData(
                crop,
                latin,
                chinese,
                List.of(),
                Variety.Kind.AUTHORISED,
                Variety.Status.GRANTED,
                owner,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    private List<Long> find(String q) {
        return search.varieties(q, new VarietySearch.Filters(null, null, null), PageRequest.of(0, 20))
                .ids();
    }

    @Test
    void findsByEitherScript() {
        assertThat(find("Zhengdan 958")).first().isEqualTo(zhengdan);
        assertThat(find("郑单958")).first().isEqualTo(zhengdan);
        assertThat(find("zhengdan958")).first().isEqualTo(zhengdan);
        assertThat(find("先玉")).containsExactly(xianyu);
    }

    @Test
    void chineseBigramsFindPartOfAnUnknownWord() {
        List<Long> hits = find("霞红");
        assertThat(hits).hasSize(1);
        assertThat(find("红梨")).isEqualTo(hits);
    }

    @Test
    void latinIsFoldedPrefixedAndFuzzy() {
        long deja = find("deja rouge").get(0);
        assertThat(find("Déjà")).contains(deja);
        assertThat(find("Zhengd")).first().isEqualTo(zhengdan);
        assertThat(find("Zhangdan 958")).first().isEqualTo(zhengdan);
        assertThat(find("Xianyo 335")).first().isEqualTo(xianyu);
        assertThat(find("Henan Academy")).contains(zhengdan);
        assertThat(find("Qwertyuiop")).isEmpty();
    }

    @Test
    void filtersFacetsAndPagesThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/varieties?q=958&crop=ZEAAA_MAY&kind=authorised&page=0&size=5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].denominationChinese").value("郑单958"))
                .andExpect(jsonPath("$.items[0].ownerName").value("Henan Academy of Agricultural Sciences"))
                .andExpect(jsonPath("$.facets.crop.ZEAAA_MAY").isNumber());
        mvc.perform(get("/api/v1/varieties?crop=ORYZA_SAT&q=Zhengdan"))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/varieties?kind=NOPE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
        mvc.perform(get("/api/v1/search/organisations?q=Henan"))
                .andExpect(jsonPath("$.items[0].code").value("HNAAS-SEARCHTEST"));
    }

    @Test
    void similarDenominationsAreFlagged() {
        assertThat(search.similar("ZEAAA_MAY", "Zhengdan 959", null, null))
                .extracting(s -> s.varietyId())
                .containsExactly(zhengdan);
        assertThat(search.similar("ZEAAA_MAY", null, "郑单 958", null))
                .extracting(s -> s.varietyId())
                .containsExactly(zhengdan);
        assertThat(search.similar("ZEAAA_MAY", "Nongda 108", null, null)).isEmpty();
        assertThat(search.similar("ORYZA_SAT", "Zhengdan 958", null, null)).isEmpty();
    }

    @Test
    void aRolledBackWriteLeavesNoGhost() {
        try {
            tx.executeWithoutResult(s -> {
                varieties.create(data("ZEAAA_MAY", "Ghostly 77", null, null));
                s.setRollbackOnly();
            });
        } catch (RuntimeException ignored) {
            // rollback only
        }
        assertThat(find("Ghostly 77")).isEmpty();
    }
}
