/**
 * Bulk library import jobs, and the import command-line client.
 */
@ApplicationModule(
        displayName = "Imports",
        allowedDependencies = {"platform", "accounts", "profiles", "varieties"})
package org.seedprint.registry.imports;

import org.springframework.modulith.ApplicationModule;
