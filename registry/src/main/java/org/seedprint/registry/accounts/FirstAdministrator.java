package org.seedprint.registry.accounts;

import java.util.Set;
import org.seedprint.registry.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the embedded default, the first start creates an administrator and prints its generated
 * password once. With an external database the operator creates the first one with the CLI.
 */
@Component
@Order(0)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String ORGANISATION = "REGISTRY";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final OrganisationService organisations;

    FirstAdministrator(Accounts accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUser()) {
            return;
        }
        organisations.findOrCreate(
                ORGANISATION, "SeedPrint registry operator", "品种指纹登记处", Organisation.Kind.AUTHORITY, null);
        var created = accounts.createUser(USERNAME, ORGANISATION, Set.of(Role.ADMINISTRATOR), null);
        log.warn("""

                ==================================================================
                 First administrator created: user '{}', password '{}'
                 It is shown only this once: sign in at /login and change it
                 (POST /api/v1/me/password).
                ==================================================================""", USERNAME, created.generatedPassword());
    }
}
