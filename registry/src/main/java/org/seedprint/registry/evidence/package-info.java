/**
 * Issuing evidence documents: RFC 8785 canonical JSON, RFC 3161 time-stamps, the Merkle
 * transparency log, CMS/PDF certificates and the offline verifier.
 */
@ApplicationModule(
        displayName = "Evidence",
        allowedDependencies = {"platform"})
@NullMarked
package org.seedprint.registry.evidence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
