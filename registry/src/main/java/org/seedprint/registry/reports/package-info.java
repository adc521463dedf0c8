/**
 * Signed comparison reports: a query profile compared with reference profiles through the
 * matching area, issued as evidence documents (canonical JSON, time-stamp, transparency log,
 * signed PDF) for examiners and courts.
 */
@ApplicationModule(
        displayName = "Comparison reports",
        allowedDependencies = {
            "platform",
            "accounts",
            "cases",
            "deposits",
            "evidence",
            "examination",
            "matching",
            "profiles",
            "varieties"
        })
@NullMarked
package org.seedprint.registry.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
