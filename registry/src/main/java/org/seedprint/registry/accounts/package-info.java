/**
 * Organisations, users, sign-in, personal access tokens, the security filter chain and the admin CLI.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"platform", "audit"})
@NullMarked
package org.seedprint.registry.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
