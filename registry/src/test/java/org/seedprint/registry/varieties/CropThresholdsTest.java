package org.seedprint.registry.varieties;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@RegistryIntegrationTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class CropThresholdsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void administratorSetsThresholds() throws Exception {
        mvc.perform(put("/api/v1/crops/GOSSY_HIR")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maxDifferingIndistinct\":3,\"edvSimilarity\":1.5,\"minComparedFraction\":0.6}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("edvSimilarity"));
        mvc.perform(put("/api/v1/crops/GOSSY_HIR")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maxDifferingIndistinct\":3,\"edvSimilarity\":0.92,\"minComparedFraction\":0.6}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edvSimilarity").value(0.92));
        mvc.perform(get("/api/v1/crops?page=0&size=2"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.totalItems").isNumber());
    }
}
