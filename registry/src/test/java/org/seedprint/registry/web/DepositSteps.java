package org.seedprint.registry.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A deposit made through the evidence area's API, and its certificate, for the verify page's tests. */
final class DepositSteps {

    private DepositSteps() {}

    /** Deposits an open accession as the fixtures' breeder; returns its id. */
    static String deposit(MockMvc mvc) throws Exception {
        return deposit(mvc, "OPEN");
    }

    /** Deposits an accession, open or sealed, as the fixtures' breeder; returns its id. */
    static String deposit(MockMvc mvc, String visibility) throws Exception {
        String name = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"crop":"BRASS_NAP","visibility":"%s",
                 "passport":{"accessionNumber":"%s","accessionName":"翠湖双低 line %s","genus":"Brassica","species":"napus"},
                 "pedigree":"翠湖双低 x Westar","description":"web verify page test",
                 "sample":{"barcode":"%s","quantity":"200 g","storagePlace":"Sanya cold store","receivedBy":"clerk",
                           "receivedAt":"2026-11-20T08:00:00Z"}}
                """.formatted(visibility, name, name, name);
        String json = mvc.perform(post("/api/v1/deposits")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user("web-breeder").roles("BREEDER"))
                        .with(csrf()))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(json)
                .path("id")
                .asString();
    }

    static byte[] certificatePdf(MockMvc mvc, String id) throws Exception {
        return mvc.perform(get("/api/v1/deposits/" + id + "/certificate.pdf")
                        .with(user("web-breeder").roles("BREEDER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The same PDF with one byte of its signed content changed. */
    static byte[] tamper(byte[] pdf) {
        byte[] copy = pdf.clone();
        String text = new String(copy, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        copy[at > 0 ? at + 2 : copy.length / 4] ^= 0x01;
        return copy;
    }
}
