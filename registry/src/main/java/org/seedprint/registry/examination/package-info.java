/**
 * Examination of applications: batches of applications with their candidates' genotypes, the
 * screening of each candidate against the library, and the examiners' decisions.
 */
@ApplicationModule(
        displayName = "Examination",
        allowedDependencies = {"platform", "accounts", "audit", "matching", "profiles", "varieties"})
@NullMarked
package org.seedprint.registry.examination;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
