package org.seedprint.registry.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A bad body of a sharing request is a 400 that names the field at fault, before any record is
 * looked up (a bad title of an offer of no deposit names title, not depositId); the catalogue's
 * crop filter is bounded like crop codes.
 */
@RegistryIntegrationTest
class SharingBodyFieldsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    private static final String TERMS =
            "{\"feeAmount\":1,\"feeCurrency\":\"CNY\",\"derivedVarietyPercent\":5,\"durationMonths\":12}";

    private static String offer(String title, String summary, String seed, String terms) {
        return """
                {"depositId":"%s",%s%s"offersSeed":%s,"seedQuantity":"1 g","offersGenotype":true,"offersPassport":false,
                 "uses":["BREEDING"]%s}""".formatted(
                        UUID.randomUUID(),
                        title == null ? "" : "\"title\":" + title + ",",
                        summary == null ? "" : "\"summary\":" + summary + ",",
                        seed,
                        terms == null ? "" : ",\"terms\":" + terms);
    }

    @Test
    void eachBadFieldIsNamed() throws Exception {
        SharingParties p = new SharingParties(mvc, accounts);
        String over = "\"" + "x".repeat(5000) + "\"";
        names(p, "/api/v1/sharing/offers", offer(null, "\"s\"", "true", TERMS), "title");
        names(p, "/api/v1/sharing/offers", offer(over, "\"s\"", "true", TERMS), "title");
        names(p, "/api/v1/sharing/offers", offer("\"t\"", null, "true", TERMS), "summary");
        names(p, "/api/v1/sharing/offers", offer("\"t\"", "\"s\"", "\"maybe\"", TERMS), "offersSeed");
        names(p, "/api/v1/sharing/offers", offer("\"t\"", "\"s\"", "true", null), "terms");
        names(
                p,
                "/api/v1/sharing/offers",
                offer("\"t\"", "\"s\"", "true", TERMS.replace("\"CNY\"", over)),
                "terms.feeCurrency");
        names(
                p,
                "/api/v1/sharing/offers",
                offer("\"t\"", "\"s\"", "true", "{\"durationMonths\":12}"),
                "terms.derivedVarietyPercent");
        names(
                p,
                "/api/v1/sharing/offers",
                "{\"title\":\"t\",\"summary\":\"s\",\"uses\":[\"BREEDING\"],\"terms\":" + TERMS + "}",
                "depositId");
        names(p, "/api/v1/sharing/offers/987654321/requests", "{\"purpose\":\"p\"}", "intendedUse");
        names(p, "/api/v1/sharing/offers/987654321/requests", "{\"intendedUse\":\"BREEDING\"}", "purpose");
        names(
                p,
                "/api/v1/sharing/offers/987654321/requests",
                "{\"intendedUse\":\"BREEDING\",\"purpose\":\"p\",\"quantity\":" + over + "}",
                "quantity");
        names(
                p,
                "/api/v1/sharing/agreements/" + UUID.randomUUID() + "/acceptance",
                "{\"termsSha256\":" + over + "}",
                "termsSha256");
        names(
                p,
                "/api/v1/sharing/agreements/" + UUID.randomUUID() + "/amendments",
                "{\"terms\":" + TERMS + "}",
                "permittedUse");

        JsonNode crop = p.read(p.owner, "/api/v1/sharing/offers?crop=" + "C".repeat(200), 400);
        assertThat(crop.get("field").asString()).isEqualTo("crop");
    }

    private static void names(SharingParties p, String path, String body, String field) throws Exception {
        JsonNode problem = p.send(p.owner, path, body, 400);
        String last = field.substring(field.lastIndexOf('.') + 1);
        assertThat(problem.path("field").asString(""))
                .as("POST %s %s: %s", path, body.length() > 200 ? body.substring(0, 200) : body, problem)
                .satisfiesAnyOf(
                        f -> assertThat(f).isEqualTo(field), f -> assertThat(f).endsWith(last));
    }
}
