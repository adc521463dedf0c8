/**
 * Benefit sharing: offers of deposited material and the public catalogue, access requests and
 * their timeline, agreements (SMTA-like template, click-wrap acceptance, issued as evidence
 * documents) and the claim notices that screenings of essentially derived varieties open.
 */
@ApplicationModule(
        displayName = "Benefit sharing",
        allowedDependencies = {"platform", "accounts", "audit", "cases", "deposits", "evidence", "matching", "search"})
@NullMarked
package org.seedprint.registry.sharing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
