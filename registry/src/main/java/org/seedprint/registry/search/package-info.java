/**
 * The Lucene index of varieties and organisations (Chinese and Latin script) and the denomination check.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"platform", "accounts", "varieties"})
@NullMarked
package org.seedprint.registry.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
