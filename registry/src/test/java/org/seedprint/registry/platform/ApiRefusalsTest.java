package org.seedprint.registry.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14: API refusals are problem details, and a 401 carries the challenge RFC 9110 requires. */
@RegistryIntegrationTest
class ApiRefusalsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void withoutCredentialsA401WithABearerChallenge() throws Exception {
        mvc.perform(get("/api/v1/audit/events"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // an unsafe method without a token or session: asked to authenticate, not a bare CSRF 403
        mvc.perform(post("/api/v1/varieties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
    }

    @Test
    void aBadTokenIsA401NamingTheError() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer sp_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @WithMockUser(username = "breeder", roles = "BREEDER")
    void aRoleWithoutTheRightIsA403Problem() throws Exception {
        mvc.perform(get("/api/v1/audit/events"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void theDocumentedPublicOrganisationListAnswers() throws Exception {
        mvc.perform(get("/api/v1/organisations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
    }
}
