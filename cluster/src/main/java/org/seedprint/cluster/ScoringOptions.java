package org.seedprint.cluster;

import org.seedprint.matcher.cli.ThresholdOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The matcher's threshold options (--crop, --max-differing, --t-edv, --min-compared) and the kernel. */
final class ScoringOptions {

    @Mixin
    ThresholdOptions thresholds = new ThresholdOptions();

    @Option(
            names = "--kernel",
            defaultValue = "auto",
            description =
                    "auto (SIMD where the executor JVM has jdk.incubator.vector), scalar or vector (default: ${DEFAULT-VALUE})")
    KernelChoice kernel = KernelChoice.auto;

    Scoring scoring() {
        return Scoring.of(thresholds.thresholds(), kernel);
    }
}
