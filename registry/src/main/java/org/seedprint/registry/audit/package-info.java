/**
 * The hash-chained audit trail: recording, querying and checking it.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"platform", "evidence"})
@NullMarked
package org.seedprint.registry.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
