package org.seedprint.registry.accounts;

import java.util.List;
import java.util.Set;
import org.seedprint.registry.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per role, in demo organisations, when the demo data load (see README). */
@Component
@Order(10)
// Known passwords: only with the demo data and only on the embedded default, never on an external database.
@ConditionalOnExpression("'${seedprint.demo.enabled:true}' == 'true' and '${spring.datasource.url:}'.isEmpty()")
class DemoUsers implements ApplicationRunner {

    /** Shared by every demo user: the demo is for trying the registry, never for real data. */
    static final String PASSWORD = "demo-password";

    record Demo(String username, String organisation, String organisationName, Organisation.Kind kind, Role role) {}

    static final List<Demo> USERS = List.of(
            new Demo("breeder", "DEMO-SEEDS", "Demo Seeds Co.", Organisation.Kind.BREEDER, Role.BREEDER),
            new Demo("rival", "DEMO-RIVAL", "Rival Seeds Co.", Organisation.Kind.BREEDER, Role.BREEDER),
            new Demo("examiner", "DEMO-DUS", "Demo Examination Centre", Organisation.Kind.AUTHORITY, Role.EXAMINER),
            new Demo("court", "DEMO-COURT", "Demo IP Court", Organisation.Kind.COURT, Role.COURT),
            new Demo(
                    "demo-admin",
                    "DEMO-DUS",
                    "Demo Examination Centre",
                    Organisation.Kind.AUTHORITY,
                    Role.ADMINISTRATOR));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final Accounts accounts;
    private final OrganisationService organisations;

    DemoUsers(Accounts accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Demo d : USERS) {
            organisations.findOrCreate(d.organisation(), d.organisationName(), null, d.kind(), "CHN");
            if (!accounts.exists(d.username())) {
                accounts.createUser(d.username(), d.organisation(), Set.of(d.role()), PASSWORD);
            }
        }
        log.info(
                "Demo users (password '{}'): {}",
                PASSWORD,
                USERS.stream().map(Demo::username).toList());
    }
}
