/**
 * Court cases, grants and the sealed-content access policy.
 */
@ApplicationModule(
        displayName = "Court cases",
        allowedDependencies = {"platform", "accounts", "audit"})
@NullMarked
package org.seedprint.registry.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
