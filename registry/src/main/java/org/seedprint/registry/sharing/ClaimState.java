package org.seedprint.registry.sharing;

import java.util.Set;

/**
 * A claim notice's states: {@code DETECTED -> NOTIFIED -> CLAIMED | DISMISSED},
 * {@code CLAIMED -> SETTLED} (with an accepted agreement) {@code | DISPUTED} (attachable to a court case).
 */
public enum ClaimState {
    DETECTED,
    NOTIFIED,
    CLAIMED,
    DISMISSED,
    SETTLED,
    DISPUTED;

    public Set<ClaimState> next() {
        return switch (this) {
            case DETECTED -> Set.of(NOTIFIED);
            case NOTIFIED -> Set.of(CLAIMED, DISMISSED);
            case CLAIMED -> Set.of(SETTLED, DISPUTED);
            case DISMISSED, SETTLED, DISPUTED -> Set.of();
        };
    }
}
