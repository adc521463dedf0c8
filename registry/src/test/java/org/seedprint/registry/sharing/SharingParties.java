package org.seedprint.registry.sharing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.platform.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two breeders' organisations (an owner and a rival), a third breeder who is party to nothing,
 * and calls of the sharing API as each of them.
 */
final class SharingParties {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final MockMvc mvc;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final long ownerOrg;
    final long rivalOrg;
    final String ownerName = "owner-" + suffix;
    final String rivalName = "rival-" + suffix;
    final RequestPostProcessor owner = user(ownerName).roles("BREEDER");
    final RequestPostProcessor rival = user(rivalName).roles("BREEDER");
    final RequestPostProcessor stranger = user("stranger-" + suffix).roles("BREEDER");
    final RequestPostProcessor examiner = user("examiner-" + suffix).roles("EXAMINER");

    SharingParties(MockMvc mvc, Accounts accounts) {
        this.mvc = mvc;
        ownerOrg = accounts.createOrganisation(
                        "SHARE-" + suffix, "Hainan Seeds " + suffix, "海南种业" + suffix, Organisation.Kind.BREEDER, "CHN")
                .getId();
        rivalOrg = accounts.createOrganisation(
                        "RIVAL-" + suffix, "Rival Seeds " + suffix, null, Organisation.Kind.BREEDER, "CHN")
                .getId();
        accounts.createOrganisation("THIRD-" + suffix, "Third " + suffix, null, Organisation.Kind.BREEDER, "CHN");
        accounts.createUser(ownerName, "SHARE-" + suffix, Set.of(Role.BREEDER), null);
        accounts.createUser(rivalName, "RIVAL-" + suffix, Set.of(Role.BREEDER), null);
        accounts.createUser("stranger-" + suffix, "THIRD-" + suffix, Set.of(Role.BREEDER), null);
    }

    /** A deposit of the owner's; {@code secret} is in its description. */
    String deposit(String visibility, String name, String secret) throws Exception {
        String body = """
                {"crop":"ORYZA_SAT","visibility":"%s",
                 "passport":{"accessionNumber":"SH-%s","accessionName":"%s","genus":"Oryza","species":"sativa",
                             "biologicalStatus":"412","originCountry":"CHN","acquisitionDate":"20260301"},
                 "description":"%s",
                 "sample":{"barcode":"SH-%s","quantity":"200 g","storagePlace":"Sanya cold store",
                           "receivedBy":"clerk1","receivedAt":"2026-11-20T08:00:00Z"}}
                """.formatted(visibility, suffix, name, secret, suffix);
        return send(owner, "/api/v1/deposits", body, 201).get("id").asString();
    }

    long offer(String depositId, String title, String uses) throws Exception {
        return send(owner, "/api/v1/sharing/offers", """
                        {"depositId":"%s","title":"%s","summary":"High-yield line; salt tolerant.","offersSeed":true,
                         "seedQuantity":"100 g","offersGenotype":true,"offersPassport":false,"uses":[%s],
                         "terms":{"feeAmount":1200.00,"feeCurrency":"CNY","royaltyPercent":2.5,
                                  "derivedVarietyPercent":5,"durationMonths":36}}""".formatted(depositId, title, uses), 201)
                .get("id")
                .asLong();
    }

    JsonNode send(RequestPostProcessor who, String path, String body, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(post(path)
                        .with(who)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        String text = r.getContentAsString();
        if (r.getStatus() != status) {
            throw new AssertionError(
                    "POST " + path + ": expected " + status + " but got " + r.getStatus() + " " + text);
        }
        return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
    }

    JsonNode read(RequestPostProcessor who, String path, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(who)).andReturn().getResponse();
        if (r.getStatus() != status) {
            throw new AssertionError("GET " + path + ": expected " + status + " but got " + r.getStatus() + " "
                    + r.getContentAsString());
        }
        return JSON.readTree(r.getContentAsString());
    }

    byte[] bytes(RequestPostProcessor who, String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(who)).andReturn().getResponse();
        if (r.getStatus() != 200)
            throw new AssertionError("GET " + path + ": " + r.getStatus() + " " + r.getContentAsString());
        return r.getContentAsByteArray();
    }

    String state(long request) throws Exception {
        return read(owner, "/api/v1/sharing/requests/" + request, 200)
                .get("state")
                .asString();
    }
}
