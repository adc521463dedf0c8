package org.seedprint.registry.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The result of recomputing the log: stored entries, checkpoints checked, and what does not match. */
public record LogAudit(long entries, long checkpointsChecked, List<String> problems) {

    @JsonProperty("consistent")
    public boolean consistent() {
        return problems.isEmpty();
    }
}
