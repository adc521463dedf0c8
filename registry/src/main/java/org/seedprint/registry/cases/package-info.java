/**
 * Court cases, grants and the sealed-content access policy.
 */
@ApplicationModule(
        displayName = "Court cases",
        allowedDependencies = {"platform", "accounts", "audit"})
package org.seedprint.registry.cases;

import org.springframework.modulith.ApplicationModule;
