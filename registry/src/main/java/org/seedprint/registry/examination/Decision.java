package org.seedprint.registry.examination;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An examiner's decision on an application. With {@code countersignRequired} it is in force only
 * once a second examiner countersigned it; a reopened decision keeps its row with the reason.
 */
public record Decision(
        long id,
        String code,
        String reason,
        String decidedBy,
        Instant decidedAt,
        boolean countersignRequired,
        @Nullable String countersignedBy,
        @Nullable Instant countersignedAt,
        @Nullable String reopenedBy,
        @Nullable Instant reopenedAt,
        @Nullable String reopenReason) {

    public static final List<String> CODES = List.of("distinct", "indistinct", "edv-candidate", "field-trial");

    public boolean inForce() {
        return reopenedAt == null && (!countersignRequired || countersignedBy != null);
    }

    public boolean awaitingCountersign() {
        return reopenedAt == null && countersignRequired && countersignedBy == null;
    }
}
