package org.seedprint.registry.evidence;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public verifier takes anonymous uploads (no session, no CSRF token) within a size and a rate limit. */
@RegistryIntegrationTest
class VerifierApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceProperties props;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "cert.pdf", "application/pdf", bytes);
    }

    @Test
    void anAnonymousUploadIsAnsweredWithoutASession() throws Exception {
        mvc.perform(multipart("/api/v1/verify")
                        .file(file("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII)))
                        .with(from("198.51.100.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.kind").value("pdf"));
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedNamingTheField() throws Exception {
        mvc.perform(multipart("/api/v1/verify")
                        .file(file(new byte[(int) props.verifyMaxSize().toBytes() + 1]))
                        .with(from("198.51.100.2")))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.field").value("file"));
    }

    @Test
    void oneAddressIsLimitedPerMinuteAndOthersAreNot() throws Exception {
        byte[] junk = "junk".getBytes(StandardCharsets.US_ASCII);
        // the limit counts per clock minute: start early in one, so that all requests fall into it
        int second = java.time.LocalTime.now(java.time.ZoneOffset.UTC).getSecond();
        if (second > 30) Thread.sleep((60 - second) * 1000L);
        for (int i = 0; i < props.verifyPerMinute(); i++) {
            mvc.perform(multipart("/api/v1/verify").file(file(junk)).with(from("198.51.100.3")))
                    .andExpect(status().isOk());
        }
        mvc.perform(multipart("/api/v1/verify").file(file(junk)).with(from("198.51.100.3")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(multipart("/api/v1/verify").file(file(junk)).with(from("198.51.100.4")))
                .andExpect(status().isOk());
    }
}
