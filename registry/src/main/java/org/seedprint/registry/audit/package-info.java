/**
 * The hash-chained audit trail: recording, querying and checking it.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"platform", "evidence"})
package org.seedprint.registry.audit;

import org.springframework.modulith.ApplicationModule;
