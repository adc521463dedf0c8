package org.seedprint.registry.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.audit.AuditCheck;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The admin CLI's commands against the shared test database (the CLI itself only adds a context without web server). */
@RegistryIntegrationTest
class AdminCommandsTest {

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    AuditCheck auditCheck;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CurrentUsers currentUsers;

    private void run(String... args) {
        new AdminCommands(accounts, tokens, auditCheck).run(new DefaultApplicationArguments(args));
    }

    @Test
    void createsOrganisationsUsersAndTokens() {
        run(
                "create-organisation",
                "--code=CLI-COURT",
                "--name=CLI Court",
                "--name-zh=命令行法院",
                "--kind=court",
                "--country=CHN");
        run("create-user", "--username=cli-judge", "--organisation=CLI-COURT", "--roles=court");
        run("create-token", "--username=cli-judge", "--name=script", "--days=7");

        assertThat(organisations.findByCode("CLI-COURT"))
                .get()
                .extracting(Organisation::getKind)
                .isEqualTo(Organisation.Kind.COURT);
        assertThat(accounts.list())
                .filteredOn(u -> u.username().equals("cli-judge"))
                .singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.COURT));
        assertThat(tokens.list("cli-judge"))
                .singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("script"));
    }

    @Test
    void refusesUnknownCommandsAndMissingOptions() {
        assertThatThrownBy(() -> run("drop-everything")).hasMessageContaining("unknown command");
        assertThatThrownBy(() -> run("create-user", "--username=x", "--roles=breeder"))
                .hasMessageContaining("--organisation is required");
    }

    @Test
    void theFirstAdministratorExistsOnTheEmbeddedDatabase() {
        assertThat(accounts.list())
                .filteredOn(u -> u.username().equals(FirstAdministrator.USERNAME))
                .singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.ADMINISTRATOR));
    }
}
