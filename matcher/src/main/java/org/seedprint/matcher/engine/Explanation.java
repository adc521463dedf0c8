package org.seedprint.matcher.engine;

import java.util.List;

/** Why two profiles compare as they do: the counts and every differing locus, in panel order. */
public record Explanation(
        String first,
        String second,
        Comparison counts,
        double alleleSharing,
        Classification classification,
        List<DifferingLocus> differing) {}
