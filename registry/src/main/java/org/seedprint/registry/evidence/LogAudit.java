package org.seedprint.registry.evidence;

import java.util.List;

/** The result of recomputing the log: stored entries, checkpoints checked, and what does not match. */
public record LogAudit(long entries, long checkpointsChecked, List<String> problems) {

    @com.fasterxml.jackson.annotation.JsonProperty("consistent")
    public boolean consistent() {
        return problems.isEmpty();
    }
}
