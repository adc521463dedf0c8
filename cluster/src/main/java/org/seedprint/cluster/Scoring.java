package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import org.seedprint.matcher.engine.Thresholds;

/** The classification thresholds and the kernel, as the tasks receive them (matcher's {@link Thresholds} is not serializable). */
public record Scoring(int maxDifferingIndistinct, double edvSimilarity, double minComparedFraction, KernelChoice kernel)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static Scoring of(Thresholds t, KernelChoice kernel) {
        return new Scoring(t.maxDifferingIndistinct(), t.edvSimilarity(), t.minComparedFraction(), kernel);
    }

    public Thresholds thresholds() {
        return new Thresholds(maxDifferingIndistinct, edvSimilarity, minComparedFraction);
    }
}
