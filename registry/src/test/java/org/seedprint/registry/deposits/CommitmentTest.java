package org.seedprint.registry.deposits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.evidence.CanonicalJson;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sealed deposit's published digest is a commitment: its canonical content carries a fresh
 * 256-bit salt, so the digest cannot be recomputed from the public facts and a guessed field.
 */
@RegistryIntegrationTest
class CommitmentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DepositService deposits;

    @Autowired
    Accounts accounts;

    @Test
    void sealedContentCarriesAFreshSaltThatTheDigestDependsOn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation org = accounts.createOrganisation(
                "SALT-" + suffix, "Salt Co " + suffix, null, Organisation.Kind.BREEDER, "CHN");
        var depositor = new CurrentUser("salt-" + suffix, org.getId(), Set.of(Role.BREEDER));
        String salts = "";
        for (int i = 0; i < 2; i++) {
            Deposit d = deposits.deposit(
                    JSON.readValue(DepositFixtures.json("SEALED", "Salt" + suffix, "guessable"), DepositRequest.class),
                    List.of(),
                    depositor);
            byte[] content = deposits.content(d.id());
            assertThat(HexFormat.of().formatHex(DepositService.sha256(content))).isEqualTo(d.sha256());
            @SuppressWarnings("unchecked")
            Map<String, Object> m = JSON.readValue(content, Map.class);
            String salt = String.valueOf(m.get("salt"));
            assertThat(salt).as("a 256-bit salt in hex").matches("[0-9a-f]{64}");
            assertThat(salts).doesNotContain(salt);
            salts += salt;
            m.remove("salt");
            assertThat(HexFormat.of().formatHex(DepositService.sha256(CanonicalJson.bytes(m))))
                    .as("the digest of everything but the salt, which a guesser could compute")
                    .isNotEqualTo(d.sha256());
        }
    }
}
