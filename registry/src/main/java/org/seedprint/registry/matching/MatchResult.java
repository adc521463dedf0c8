package org.seedprint.registry.matching;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A screening result with the thresholds it was classed under, so it stays explainable later. */
public record MatchResult(
        long runId,
        String cropCode,
        PanelRef panel,
        ThresholdsUsed thresholds,
        int librarySize,
        String query,
        @Nullable Long queryProfileId,
        Instant at,
        List<HitView> hits) {

    public record PanelRef(long id, String name, String version, int loci) {}

    public record ThresholdsUsed(
            int maxDifferingIndistinct, double edvSimilarity, double minComparedFraction, int minComparedLoci) {}

    public record HitView(
            int rank,
            long profileId,
            @Nullable Long varietyId,
            @Nullable String denomination,
            int compared,
            int identical,
            int differing,
            double similarity,
            double alleleSharing,
            String classification) {}
}
