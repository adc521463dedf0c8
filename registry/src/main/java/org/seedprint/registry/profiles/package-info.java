/**
 * Marker panels, samples and stored profiles, and the matcher library built from them.
 */
@ApplicationModule(
        displayName = "Profiles",
        allowedDependencies = {"platform"})
package org.seedprint.registry.profiles;

import org.springframework.modulith.ApplicationModule;
