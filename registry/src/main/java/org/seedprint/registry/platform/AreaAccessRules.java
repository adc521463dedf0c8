package org.seedprint.registry.platform;

import java.util.List;

/**
 * What one area adds to the access table: each area has one bean implementing this, next to its
 * controllers, listing a rule for every endpoint and page it serves. {@link AccessRules} collects
 * them in {@code @Order} of the beans (the order of docs/security.md).
 */
public interface AreaAccessRules {

    List<AccessRule> rules();
}
