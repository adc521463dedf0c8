package org.seedprint.registry.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Certificates print the configured public URL (seedprint.public-url, set for the tests). */
@RegistryIntegrationTest
class CertificateLinkTest {

    /** As in src/test/resources/application-test.yml. */
    static final String PUBLIC_URL = "https://registry.test.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void theJsonAndPdfCertificatesLinkToTheConfiguredPublicUrl(@TempDir Path dir) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        accounts.createOrganisation("LINK-" + suffix, "Link Seeds " + suffix, null, Organisation.Kind.BREEDER, "CHN");
        accounts.createUser("link-" + suffix, "LINK-" + suffix, Set.of(Role.BREEDER), null);
        var breeder = user("link-" + suffix).roles("BREEDER");
        String created = mvc.perform(post("/api/v1/deposits")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(csrf())
                        .with(breeder)
                        .content(DepositFixtures.json("OPEN", "Link" + suffix, "link")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String json = mvc.perform(
                        get("/api/v1/deposits/" + id + "/certificate.json").with(breeder))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains(PUBLIC_URL + "/verify?deposit=" + id).doesNotContain("localhost:8080");
        byte[] pdf = mvc.perform(
                        get("/api/v1/deposits/" + id + "/certificate.pdf").with(breeder))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Path file = Files.write(dir.resolve("c.pdf"), pdf);
        try (var doc = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains((PUBLIC_URL + "/verify?deposit=" + id).replaceAll("\\s+", ""));
        }
    }
}
