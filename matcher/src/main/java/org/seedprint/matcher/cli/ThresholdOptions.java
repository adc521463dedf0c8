package org.seedprint.matcher.cli;

import org.seedprint.matcher.engine.CropDefaults;
import org.seedprint.matcher.engine.Thresholds;
import picocli.CommandLine.Option;

/** Classification thresholds: the crop's defaults (CropDefaults), each overridable (a picocli mixin, also of the cluster jobs). */
public final class ThresholdOptions {

    @Option(
            names = "--crop",
            defaultValue = "ZEAAA_MAY",
            description = "UPOV crop code whose default thresholds apply (default: ${DEFAULT-VALUE})")
    String crop;

    @Option(names = "--max-differing", description = "d: at most this many differing loci is 'indistinct'")
    Integer maxDiffering;

    @Option(names = "--t-edv", description = "similarity at or above is 'edv-candidate'")
    Double edv;

    @Option(names = "--min-compared", description = "share of panel loci that must be compared, else 'inconclusive'")
    Double minCompared;

    public Thresholds thresholds() {
        Thresholds base = CropDefaults.forCrop(crop)
                .orElseThrow(
                        () -> new IllegalArgumentException("--crop " + crop + ": no default thresholds; known crops: "
                                + String.join(", ", CropDefaults.table().keySet())));
        return new Thresholds(
                maxDiffering != null ? maxDiffering : base.maxDifferingIndistinct(),
                edv != null ? edv : base.edvSimilarity(),
                minCompared != null ? minCompared : base.minComparedFraction());
    }
}
