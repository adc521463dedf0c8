/**
 * Shared infrastructure of every area: the embedded database, domain exceptions and the one problem
 * handler, the one paging resolver, roles and the access-rule table, after-commit batching.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
@NullMarked
package org.seedprint.registry.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
