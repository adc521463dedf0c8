package org.seedprint.registry.varieties;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 14's variety inputs: the documented maximum lengths, names normalised before they are
 * stored and compared, characters that have no place in a name refused, and bodies Jackson cannot
 * read answered with the field and the form it expects.
 */
@RegistryIntegrationTest
@WithMockUser(username = "examiner", roles = "EXAMINER")
class VarietyInputTest {

    @Autowired
    MockMvc mvc;

    private ResultActions create(String json) throws Exception {
        return mvc.perform(post("/api/v1/varieties")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String variety(String latinAsJson) {
        return """
                {"cropCode":"ORYZA_SAT","denominationLatin":%s,"kind":"CANDIDATE","status":"APPLIED"}""".formatted(latinAsJson);
    }

    @Test
    void aNameOverTheDocumentedLengthIsA400NamingTheField() throws Exception {
        // Longer than Lucene's 32,766-byte term limit, which emptied search before.
        create(variety("\"" + "Longname".repeat(5_000) + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("denominationLatin"))
                .andExpect(jsonPath("$.detail").value(containsString("200")));
        create("""
                        {"cropCode":"ORYZA_SAT","denominationLatin":"Synonymlimit","kind":"CANDIDATE","status":"APPLIED",
                         "synonyms":["%s"]}""".formatted("s".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("synonyms"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.VarietyData.properties.denominationLatin.maxLength")
                        .value(VarietyData.NAME));
    }

    @Test
    void nearCopiesOfANameAreTheSameName() throws Exception {
        String body = create(variety("\"  Nfkctest \\t  Gold \""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(body, "$.variety.id");
        mvc.perform(get("/api/v1/varieties/" + id))
                .andExpect(jsonPath("$.denominationLatin").value("Nfkctest Gold"));
        // full-width letters, a zero-width space, a no-break space and doubled spaces
        for (String copy : new String[] {"\"Ｎｆｋｃｔｅｓｔ Gold\"", "\"Nfkc\\u200btest Gold\"", "\"Nfkctest\\u00a0 Gold\""}) {
            create(variety(copy))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.field").value("denominationLatin"));
        }
    }

    @Test
    void controlBidiAndLoneSurrogateCharactersAreRefused() throws Exception {
        for (String bad : new String[] {"\"Bidi\\u202etest\"", "\"Bell\\u0007test\"", "\"Lone\\ud800test\""}) {
            create(variety(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("denominationLatin"));
        }
    }

    @Test
    void anUnreadableValueNamesTheFieldAndTheFormExpected() throws Exception {
        create("""
                        {"cropCode":"ORYZA_SAT","denominationLatin":"Formtest","kind":"BOGUS","status":"APPLIED"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.detail")
                        .value(allOf(containsString("AUTHORISED"), not(containsString("Failed to read request")))));
        create("""
                        {"cropCode":"ORYZA_SAT","denominationLatin":"Formtest","kind":"CANDIDATE","status":"APPLIED",
                         "applicationDate":"2026-13-45"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("applicationDate"))
                .andExpect(jsonPath("$.detail").value(containsString("yyyy-mm-dd")));
        create("""
                        {"cropCode":"ORYZA_SAT","denominationLatin":"Formtest","kind":"CANDIDATE","status":"APPLIED",
                         "ownerOrganisationId":1.5}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerOrganisationId"))
                .andExpect(jsonPath("$.detail").value(containsString("whole number")));
        create("{\"cropCode\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
    }

    @Test
    void aFractionalProfileIdIsA400NotProfile1() throws Exception {
        mvc.perform(post("/api/v1/matches")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"profileId\": 1.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("profileId"));
    }
}
