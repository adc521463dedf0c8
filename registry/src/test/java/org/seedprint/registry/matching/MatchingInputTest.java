package org.seedprint.registry.matching;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14's screening inputs that passed or leaked internals: a named format, minSimilarity=NaN. */
@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class MatchingInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProfileService profiles;

    @Test
    void anUnknownFormatIsA400NamingTheAllowedValuesWithoutAClassName() throws Exception {
        long panel = profiles.findOrCreatePanel(
                        "ORYZA_SAT", new MarkerPanel("input-test", "1", List.of(new Locus("L1", "1", 100, 300))))
                .getId();
        var file = new MockMultipartFile(
                "file",
                "lab.tsv",
                "text/tab-separated-values",
                "S1\tL1\tA/G\t10/10\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/matches")
                        .file(file)
                        .param("panelId", Long.toString(panel))
                        .param("format", "BOGUS")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("format"))
                .andExpect(jsonPath("$.detail")
                        .value(allOf(
                                containsString("[TSV, VCF, HAPMAP]"),
                                not(containsString("GenotypeFiles")),
                                not(containsString("java.")))));
    }

    @Test
    void aSimilarityThatIsNoNumberIsA400() throws Exception {
        mvc.perform(get("/api/v1/crops/ORYZA_SAT/pairs?minSimilarity=NaN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("minSimilarity"));
    }
}
