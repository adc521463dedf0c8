package org.seedprint.registry.evidence;

import java.util.Map;

/** The answer of the verifier: valid or not, what was checked, and why not. */
public record Verification(boolean valid, String kind, String reason, Map<String, Object> details) {

    static Verification valid(String kind, String reason, Map<String, Object> details) {
        return new Verification(true, kind, reason, details);
    }

    static Verification invalid(String kind, String reason) {
        return new Verification(false, kind, reason, Map.of());
    }
}
