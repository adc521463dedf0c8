/**
 * Breeding-material deposits: canonical content, sealed content encryption, certificates' endpoints.
 */
@ApplicationModule(
        displayName = "Deposits",
        allowedDependencies = {"platform", "accounts", "audit", "cases", "evidence", "profiles", "varieties"})
@NullMarked
package org.seedprint.registry.deposits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
