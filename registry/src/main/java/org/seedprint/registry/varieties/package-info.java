/**
 * Crops and their thresholds, varieties, denominations and pedigree.
 */
@ApplicationModule(
        displayName = "Varieties",
        allowedDependencies = {"platform", "accounts", "audit"})
@NullMarked
package org.seedprint.registry.varieties;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
