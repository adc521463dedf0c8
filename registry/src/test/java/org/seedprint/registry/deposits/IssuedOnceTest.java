package org.seedprint.registry.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.evidence.Certificates;
import org.seedprint.registry.evidence.Verifier;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A certificate is issued once, stored and served byte-identical afterwards; a re-issue is a new
 * numbered edition that names the first, and the first stays stored and verifiable.
 */
@RegistryIntegrationTest
class IssuedOnceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    DepositService deposits;

    @Autowired
    DepositCertificates facts;

    @Autowired
    Certificates certificates;

    @Autowired
    Verifier verifier;

    @Test
    void everyDownloadIsTheSameBytesAndAReissueIsANewNumberedEdition() throws Exception {
        Deposit d = deposits.deposit(
                JSON.readValue(DepositFixtures.json("OPEN", "Once", "issued once"), DepositRequest.class),
                List.of(),
                new CurrentUser("breeder-once", null, Set.of(Role.BREEDER)));
        String base = "/api/v1/deposits/" + d.id() + "/certificate.";
        byte[] pdf = fetch(base + "pdf"), json = fetch(base + "json"), p7s = fetch(base + "p7s");
        Thread.sleep(1100); // a fresh signature would now carry another time
        assertThat(fetch(base + "pdf")).isEqualTo(pdf);
        assertThat(fetch(base + "json")).isEqualTo(json);
        assertThat(fetch(base + "p7s")).isEqualTo(p7s);
        JsonNode first = JSON.readTree(json);
        String number = first.path("number").asString();
        assertThat(number).matches("SP-\\d{4}-\\d{6}");
        assertThat(first.path("edition").asInt()).isEqualTo(1);

        Certificates.Issued again = certificates.reissue(facts.facts(d), "key roll-over");
        assertThat(again.edition()).isEqualTo(2);
        assertThat(again.number()).isNotEqualTo(number);
        assertThat(again.reissueOf()).isEqualTo(number);
        JsonNode second = JSON.readTree(fetch(base + "json"));
        assertThat(second.path("number").asString()).isEqualTo(again.number());
        assertThat(second.path("reissueOf").asString()).isEqualTo(number);
        assertThat(second.path("reason").asString()).isEqualTo("key roll-over");
        assertThat(fetch(base + "p7s")).isEqualTo(again.p7s());

        var editions = certificates.editions("deposit", d.id());
        assertThat(editions).hasSize(2);
        assertThat(editions.getFirst().pdf()).isEqualTo(pdf);
        assertThat(verifier.verify(editions.getFirst().pdf(), null).valid()).isTrue();
        assertThat(verifier.verify(editions.getFirst().json(), p7s).valid()).isTrue();
        assertThat(verifier.verify(again.pdf(), null).valid()).isTrue();
    }

    private byte[] fetch(String path) throws Exception {
        return mvc.perform(get(path).with(user("breeder-once").roles("BREEDER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
