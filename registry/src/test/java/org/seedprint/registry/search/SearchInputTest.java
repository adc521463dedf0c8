package org.seedprint.registry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14: a search too long for Lucene is a 400 naming it, and one bad document never empties the index. */
@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class SearchInputTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSearchOfTooManyTermsIsA400NamingQ() throws Exception {
        String many = "ab ".repeat(1_500).strip(); // more than Lucene's 1,024 clauses
        mvc.perform(get("/api/v1/varieties").param("q", many))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
        mvc.perform(get("/api/v1/search/organisations").param("q", many))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
        mvc.perform(get("/api/v1/varieties")
                        .param("q", "Huangda ".repeat(VarietySearch.MAX_WORDS).strip()))
                .andExpect(status().isOk());
    }

    @Test
    void aNameLongerThanLuceneTakesNeverEmptiesTheIndex(@TempDir Path dir) throws Exception {
        SearchIndex index = new SearchIndex(new SearchProperties(dir));
        try {
            Map<String, String> facets = Map.of("crop", "ORYZA_SAT", "kind", "CANDIDATE", "status", "APPLIED");
            // 40,000 bytes without a space: one term over Lucene's 32,766-byte limit
            String immense = "x".repeat(40_000);
            index.upsert(List.of(
                    new SearchIndex.Entry("variety", 1, List.of("Before"), List.of(), facets),
                    new SearchIndex.Entry("variety", 2, List.of(immense), List.of(immense), facets),
                    new SearchIndex.Entry("variety", 3, List.of("After"), List.of(), facets)));
            SearchIndex.Hits all =
                    index.search(new TermQuery(new Term(SearchIndex.TYPE, "variety")), false, PageRequest.of(0, 10));
            assertThat(all.ids()).contains(1L, 3L);
            assertThat(all.facets().get("crop")).containsKey("ORYZA_SAT");
        } finally {
            index.destroy();
        }
    }
}
