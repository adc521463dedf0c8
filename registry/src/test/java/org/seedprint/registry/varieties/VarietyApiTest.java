package org.seedprint.registry.varieties;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class VarietyApiTest {

    @Autowired
    MockMvc mvc;

    private String create(String json) throws Exception {
        return mvc.perform(post("/api/v1/varieties")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void createsReadsAndUpdatesWithEtags() throws Exception {
        String body = create("""
                {"cropCode":"ZEAAA_MAY","denominationLatin":"Apitest 1","denominationChinese":"测试一号",
                 "kind":"CANDIDATE","status":"APPLIED","synonyms":["AT-1"]}""");
        int id = JsonPath.read(body, "$.variety.id");
        String parentJson = create("""
                {"cropCode":"ZEAAA_MAY","denominationLatin":"Apitest 2 sel","kind":"AUTHORISED","status":"GRANTED",
                 "derivationMethod":"SELECTION","parents":[{"parentId":%d,"role":"SELECTED_FROM"}]}""".formatted(id));
        int child = JsonPath.read(parentJson, "$.variety.id");

        mvc.perform(get("/api/v1/varieties/" + child))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parents[0].name").value("Apitest 1"))
                .andExpect(jsonPath("$.parents[0].role").value("SELECTED_FROM"));

        String update = """
                {"denominationLatin":"Apitest 1","denominationChinese":"测试一号","kind":"AUTHORISED","status":"GRANTED",
                 "grantNumber":"CNA20260001","grantDate":"2026-05-01"}""";
        mvc.perform(put("/api/v1/varieties/" + id)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/varieties/" + id)
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.grantNumber").value("CNA20260001"));
        mvc.perform(put("/api/v1/varieties/" + id)
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.field").value("version"));
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        mvc.perform(
                        post("/api/v1/varieties")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"cropCode\":\"NO_SUCH\",\"denominationLatin\":\"X\",\"kind\":\"CANDIDATE\",\"status\":\"APPLIED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.field").value("cropCode"));
        mvc.perform(post("/api/v1/varieties")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cropCode\":\"ZEAAA_MAY\",\"kind\":\"CANDIDATE\",\"status\":\"APPLIED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("denominationLatin"));
        mvc.perform(get("/api/v1/varieties/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void thresholdsChangeOnlyForAdministrators() throws Exception {
        mvc.perform(get("/api/v1/crops/ORYZA_SAT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxDifferingIndistinct").value(2))
                .andExpect(jsonPath("$.edvSimilarity").value(0.9));
        mvc.perform(get("/api/v1/crops/ZEAAA_MAY"))
                .andExpect(jsonPath("$.maxDifferingIndistinct").value(3));
        mvc.perform(put("/api/v1/crops/GOSSY_HIR")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maxDifferingIndistinct\":3,\"edvSimilarity\":0.92,\"minComparedFraction\":0.6}"))
                .andExpect(status().isForbidden());
    }
}
