/**
 * Screening against the in-memory matcher library of each panel, comparisons and the pairs map.
 */
@ApplicationModule(
        displayName = "Matching",
        allowedDependencies = {"platform", "accounts", "profiles", "varieties"})
@NullMarked
package org.seedprint.registry.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
