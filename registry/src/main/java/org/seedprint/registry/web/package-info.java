/**
 * The server-rendered pages (Thymeleaf) over the other areas' public services: one sub-package and
 * one template folder per area.
 */
@ApplicationModule(
        displayName = "Web pages",
        allowedDependencies = {
            "platform",
            "accounts",
            "varieties",
            "profiles",
            "matching",
            "search",
            "deposits",
            "evidence",
            "cases",
            "audit",
            "sharing",
            "examination",
            "reports"
        })
@NullMarked
package org.seedprint.registry.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
