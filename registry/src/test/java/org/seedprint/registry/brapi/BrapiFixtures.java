package org.seedprint.registry.brapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.seedprint.registry.accounts.AccessTokens;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.demo.DemoLoader;
import org.seedprint.registry.platform.Role;
import org.springframework.context.ApplicationContext;

/**
 * The demo library (off in tests, loaded here; a second load is a no-op) and a token per role;
 * made by each test from its application context.
 */
class BrapiFixtures {

    private final DemoLoader demo;
    private final Accounts accounts;
    private final AccessTokens tokens;
    private final OrganisationService organisations;

    BrapiFixtures(ApplicationContext context) {
        this.demo = context.getBean(DemoLoader.class);
        this.accounts = context.getBean(Accounts.class);
        this.tokens = context.getBean(AccessTokens.class);
        this.organisations = context.getBean(OrganisationService.class);
    }

    void loadDemo() {
        try {
            demo.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh API token of a new user with this one role. */
    String token(Role role) {
        organisations.findOrCreate("BRAPI-TEST", "BrAPI test organisation", null, Organisation.Kind.AUTHORITY, null);
        String user = "brapi-" + role.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime();
        accounts.createUser(user, "BRAPI-TEST", Set.of(role), "brapi-test-password-" + user);
        return tokens.create(user, "brapi test", Duration.ofHours(1)).secret();
    }
}
