/**
 * Bulk library import jobs, and the import command-line client.
 */
@ApplicationModule(
        displayName = "Imports",
        allowedDependencies = {"platform", "accounts", "audit", "profiles", "varieties"})
@NullMarked
package org.seedprint.registry.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
