/**
 * The BrAPI v2.1 server (Core, Germplasm, Genotyping) over the registry's own data: varieties as
 * germplasm, panels as variant sets and maps, MNP loci as variants, profiles as call sets, read
 * from the other areas' public services and the in-memory matcher libraries; nothing copied.
 */
@ApplicationModule(
        displayName = "BrAPI",
        allowedDependencies = {"platform", "accounts", "varieties", "profiles", "matching"})
@NullMarked
package org.seedprint.registry.brapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
