/**
 * Organisations, users, sign-in, personal access tokens, the security filter chain and the admin CLI.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"platform", "audit"})
package org.seedprint.registry.accounts;

import org.springframework.modulith.ApplicationModule;
