package org.seedprint.registry.sharing;

import java.util.Set;

/**
 * The states of an access request: {@code REQUESTED -> APPROVED | REFUSED | WITHDRAWN},
 * {@code APPROVED -> AGREED} (both parties accepted the agreement) {@code -> FULFILLED} (the
 * owner recorded the shipment) {@code -> CLOSED}.
 */
public enum RequestState {
    REQUESTED,
    APPROVED,
    REFUSED,
    WITHDRAWN,
    AGREED,
    FULFILLED,
    CLOSED;

    /** The states this one may move to. */
    public Set<RequestState> next() {
        return switch (this) {
            case REQUESTED -> Set.of(APPROVED, REFUSED, WITHDRAWN);
            case APPROVED -> Set.of(AGREED);
            case AGREED -> Set.of(FULFILLED);
            case FULFILLED -> Set.of(CLOSED);
            case REFUSED, WITHDRAWN, CLOSED -> Set.of();
        };
    }
}
