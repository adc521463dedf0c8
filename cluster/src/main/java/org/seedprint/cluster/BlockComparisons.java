package org.seedprint.cluster;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.engine.Block;
import org.seedprint.matcher.engine.Classification;
import org.seedprint.matcher.engine.Comparison;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.HitSink;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/**
 * What one task computes, with the matcher's own engine on the task's thread (Spark runs the
 * tasks in parallel): the pairs at or above the threshold within a block or between two blocks
 * ({@code Engine.pairs} over a block pair), or the hits of a block of queries in a block of the
 * library (the engine's multi-query screen). Rows follow {@link ResultSchemas}.
 */
final class BlockComparisons {

    private BlockComparisons() {}

    /** Pairs within {@code left} when {@code right} is null, else pairs of a left row with a right row. */
    static List<Row> pairs(
            PanelDictionary panel,
            Scoring scoring,
            double minSimilarity,
            ProfileBlock left,
            @Nullable ProfileBlock right) {
        Codebook book = panel.open();
        Thresholds thresholds = scoring.thresholds();
        Library first = left.library(book);
        Library second = right == null ? first : right.library(book);
        int[] secondRanks = right == null ? left.idRanks() : right.idRanks();
        List<Row> out = new ArrayList<>();
        try (Engine engine = new Engine(first, scoring.kernel().kernel(), 1)) {
            // right rows all come after left rows in the library, so a left row is always "first";
            // on the diagonal (second == first) the engine takes only the pairs a < b
            engine.pairs(
                    second,
                    new Block(0, first.size(), 0, second.size()),
                    minSimilarity,
                    thresholds,
                    (a, b, compared, identical, sharing, cls) -> out.add(row(
                            first.id(a),
                            second.id(b),
                            compared,
                            identical,
                            cls,
                            sharing,
                            left.idRanks()[a],
                            secondRanks[b])));
        }
        return out;
    }

    /**
     * The hits of each query of the block in one library block, as the single-machine
     * {@code match} finds them in the whole library: all at or above the minimum similarity when
     * one is given, else the best few; the query's own id left out when asked. At most the
     * limit per query: a query's best k over the library are among the blocks' best k.
     */
    static List<Row> screen(
            PanelDictionary libraryPanel,
            PanelDictionary queryPanel,
            Scoring scoring,
            ScreenLimits limits,
            ProfileBlock queries,
            ProfileBlock library) {
        Thresholds thresholds = scoring.thresholds();
        Library lib = library.library(libraryPanel.open());
        Library q = queries.library(queryPanel.open());
        List<Profile> profiles = new ArrayList<>(q.size());
        for (int r = 0; r < q.size(); r++) profiles.add(q.profile(r));
        int[] written = new int[q.size()];
        List<Row> out = new ArrayList<>();
        HitSink sink = (query, row, compared, identical, sharing, cls) -> {
            if (written[query] == limits.limit()) return;
            if (limits.excludeSelf() && lib.id(row).equals(q.id(query))) return;
            Comparison counts = new Comparison(compared, identical);
            out.add(RowFactory.create(
                    q.id(query),
                    lib.id(row),
                    compared,
                    identical,
                    counts.differing(),
                    counts.similarity(),
                    cls.label(),
                    sharing,
                    queries.firstRow() + query,
                    library.idRanks()[row]));
            written[query]++;
        };
        try (Engine engine = new Engine(lib, scoring.kernel().kernel(), 1)) {
            Double min = limits.minSimilarity();
            if (min != null) engine.atLeast(profiles, min, thresholds, sink);
            else engine.top(profiles, limits.limit() + (limits.excludeSelf() ? 1 : 0), thresholds, sink);
        }
        return out;
    }

    private static Row row(
            String first,
            String second,
            int compared,
            int identical,
            Classification classification,
            double alleleSharing,
            int firstRank,
            int secondRank) {
        Comparison counts = new Comparison(compared, identical);
        return RowFactory.create(
                first,
                second,
                compared,
                identical,
                counts.differing(),
                counts.similarity(),
                classification.label(),
                alleleSharing,
                firstRank,
                secondRank);
    }
}
