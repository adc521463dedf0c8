package org.seedprint.registry.examination;

import java.time.Instant;
import java.util.List;
import org.seedprint.registry.matching.MatchResult;
import org.seedprint.registry.matching.ProfileComparison;
import org.seedprint.registry.varieties.DenominationCheck.SimilarName;

/**
 * One application's screening, stored with the thresholds and panel in force when it ran so it
 * stays explainable after they change.
 *
 * @param classification the application's class: {@code indistinct} if any hit is, else
 *                       {@code edv-candidate} if any hit is, else {@code distinct} if any hit is
 *                       (or the library is empty), else {@code inconclusive}
 * @param hits           the top hits, best first; close hits with their differing loci
 * @param denomination   existing names identical or too similar to the proposed denomination
 */
public record Screening(
        long runId,
        String classification,
        MatchResult.PanelRef panel,
        MatchResult.ThresholdsUsed thresholds,
        int librarySize,
        List<Hit> hits,
        List<SimilarName> denomination,
        Instant screenedAt) {

    /** A hit; {@code differing}: the loci where candidate ({@code first}) and hit ({@code second}) differ. */
    public record Hit(MatchResult.HitView hit, List<ProfileComparison.DifferingLocus> differing) {}

    static String classOf(List<MatchResult.HitView> hits) {
        if (hits.isEmpty()) return "distinct";
        for (String c : List.of("indistinct", "edv-candidate", "distinct"))
            if (hits.stream().anyMatch(h -> h.classification().equals(c))) return c;
        return "inconclusive";
    }
}
