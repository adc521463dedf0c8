/**
 * The demo library loader and the seeded rice simulation.
 */
@ApplicationModule(
        displayName = "Demo library",
        allowedDependencies = {"platform", "imports", "varieties"})
package org.seedprint.registry.demo;

import org.springframework.modulith.ApplicationModule;
