/**
 * Crops and their thresholds, varieties, denominations and pedigree.
 */
@ApplicationModule(
        displayName = "Varieties",
        allowedDependencies = {"platform", "accounts"})
package org.seedprint.registry.varieties;

import org.springframework.modulith.ApplicationModule;
