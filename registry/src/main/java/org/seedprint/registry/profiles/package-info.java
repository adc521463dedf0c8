/**
 * Marker panels, samples and stored profiles, and the matcher library built from them.
 */
@ApplicationModule(
        displayName = "Profiles",
        allowedDependencies = {"platform"})
@NullMarked
package org.seedprint.registry.profiles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
