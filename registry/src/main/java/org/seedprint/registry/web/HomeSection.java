package org.seedprint.registry.web;

import java.util.Map;

/**
 * One block of a signed-in user's own work on the home page, above the public part: the fragment
 * {@code workspace(w)} of {@code template}, rendered with {@code data} as {@code w}. {@code order}
 * as {@link NavLink}'s.
 */
public record HomeSection(int order, String template, Map<String, Object> data) {

    public HomeSection {
        data = Map.copyOf(data);
    }
}
