/**
 * The demo library loader and the seeded rice simulation.
 */
@ApplicationModule(
        displayName = "Demo library",
        allowedDependencies = {
            "platform",
            "accounts",
            "cases",
            "deposits",
            "imports",
            "varieties",
            "sharing",
            "matching",
            "profiles",
            "examination",
            "reports"
        })
@NullMarked
package org.seedprint.registry.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
