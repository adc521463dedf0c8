package org.seedprint.registry.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@RegistryIntegrationTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;

    @Test
    void findOrCreateIsIdempotentOnCode() {
        Organisation a =
                organisations.findOrCreate("TEST-ORG", "Test Seeds Co.", "测试种业", Organisation.Kind.BREEDER, "CHN");
        Organisation b = organisations.findOrCreate("TEST-ORG", "Other name", null, Organisation.Kind.INSTITUTE, null);
        assertThat(b.getId()).isEqualTo(a.getId());
        assertThat(organisations.findByCode("TEST-ORG"))
                .get()
                .extracting(Organisation::getNameChinese)
                .isEqualTo("测试种业");
    }
}
