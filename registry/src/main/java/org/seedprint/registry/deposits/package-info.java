/**
 * Breeding-material deposits: canonical content, sealed content encryption, certificates' endpoints.
 */
@ApplicationModule(
        displayName = "Deposits",
        allowedDependencies = {"platform", "accounts", "cases", "evidence"})
package org.seedprint.registry.deposits;

import org.springframework.modulith.ApplicationModule;
