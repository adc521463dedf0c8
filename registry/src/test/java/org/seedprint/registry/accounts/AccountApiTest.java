package org.seedprint.registry.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

@RegistryIntegrationTest
class AccountApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorCreatesAnOrganisationAndAUserWhoSignsInWithTheOneTimePassword() throws Exception {
        var admin = user("api-admin").roles("ADMINISTRATOR");
        mvc.perform(
                        post("/api/v1/organisations")
                                .with(admin)
                                .with(csrf())
                                .contentType("application/json")
                                .content(
                                        "{\"code\":\"API-SEEDS\",\"nameLatin\":\"Api Seeds\",\"nameChinese\":\"接口种业\",\"kind\":\"BREEDER\",\"countryCode\":\"CHN\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("API-SEEDS"));
        mvc.perform(post("/api/v1/organisations")
                        .with(admin)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"code\":\"API-SEEDS\",\"nameLatin\":\"Again\",\"kind\":\"BREEDER\"}"))
                .andExpect(status().isConflict());

        String created = mvc.perform(post("/api/v1/users")
                        .with(admin)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"username\":\"api-li\",\"organisation\":\"API-SEEDS\",\"roles\":[\"BREEDER\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.roles[0]").value("BREEDER"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String password = JsonPath.read(created, "$.generatedPassword");
        mvc.perform(get("/api/v1/users").with(admin))
                .andExpect(jsonPath("$[?(@.username == 'api-li')].enabled").value(true))
                .andExpect(jsonPath("$[*].passwordHash").doesNotExist());

        mvc.perform(formLogin("/login").user("api-li").password(password)).andExpect(redirectedUrl("/"));

        // the user replaces the one-time password; the old one stops working
        mvc.perform(post("/api/v1/me/password")
                        .with(user("api-li").roles("BREEDER"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"currentPassword\":\"wrong-password\",\"newPassword\":\"a-new-long-password\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/me/password")
                        .with(user("api-li").roles("BREEDER"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"currentPassword\":\"" + password + "\",\"newPassword\":\"a-new-long-password\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(formLogin("/login").user("api-li").password(password)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("api-li").password("a-new-long-password"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(put("/api/v1/users/api-li/enabled")
                        .with(admin)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"enabled\":false}"))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(formLogin("/login").user("api-li").password("a-new-long-password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    /** The field is named in the problem details body, or in the error reason before a problem handler renders it. */
    private static ResultMatcher names(String field) {
        return r -> assertThat(r.getResponse().getContentAsString() + " "
                        + r.getResponse().getErrorMessage())
                .contains(field + ":");
    }

    @Test
    void badUserInputIsNamed() throws Exception {
        var admin = user("api-admin").roles("ADMINISTRATOR");
        mvc.perform(post("/api/v1/users")
                        .with(admin)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"username\":\"Bad Name\",\"organisation\":\"REGISTRY\",\"roles\":[\"BREEDER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(names("username"));
        mvc.perform(
                        post("/api/v1/users")
                                .with(admin)
                                .with(csrf())
                                .contentType("application/json")
                                .content(
                                        "{\"username\":\"short-pw\",\"organisation\":\"REGISTRY\",\"roles\":[\"BREEDER\"],\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(names("password"));
    }
}
