package org.seedprint.cluster;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.engine.Classification;
import org.seedprint.matcher.engine.Comparison;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Hit;
import org.seedprint.matcher.engine.Kernel;
import org.seedprint.matcher.engine.Pair;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/**
 * What one task computes, with the matcher's own engine on one thread (Spark runs the tasks in
 * parallel): the pairs at or above the threshold between two blocks, or the hits of a block of
 * queries in a block of the library. Rows follow {@link ResultSchemas}.
 */
final class BlockComparisons {

    private BlockComparisons() {}

    /** Pairs within {@code left} when {@code right} is null, else pairs of a left row with a right row. */
    static List<Row> pairs(
            PanelDictionary panel, Scoring scoring, double minSimilarity, Block left, @Nullable Block right) {
        Codebook book = panel.open();
        Thresholds thresholds = scoring.thresholds();
        Kernel kernel = scoring.kernel().kernel();
        Library rows = left.library(book);
        List<Row> out = new ArrayList<>();
        if (right == null) {
            try (Engine engine = new Engine(rows, kernel, 1)) {
                for (Pair p : engine.pairs(minSimilarity, thresholds)) {
                    out.add(row(
                            p.idA(),
                            p.idB(),
                            p.counts(),
                            p.classification(),
                            p.alleleSharing(),
                            left.idRanks()[p.a()],
                            left.idRanks()[p.b()]));
                }
            }
            return out;
        }
        // right rows all come after left rows in the library, so a left row is always "first"
        try (Engine engine = new Engine(right.library(book), kernel, 1)) {
            for (int r = 0; r < rows.size(); r++) {
                Profile first = rows.profile(r);
                for (Hit h : engine.atLeast(first, minSimilarity, thresholds)) {
                    out.add(row(
                            first.id(),
                            h.id(),
                            h.counts(),
                            h.classification(),
                            h.alleleSharing(),
                            left.idRanks()[r],
                            right.idRanks()[h.index()]));
                }
            }
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
            Block queries,
            Block library) {
        Thresholds thresholds = scoring.thresholds();
        Library lib = library.library(libraryPanel.open());
        Library q = queries.library(queryPanel.open());
        List<Row> out = new ArrayList<>();
        try (Engine engine = new Engine(lib, scoring.kernel().kernel(), 1)) {
            for (int r = 0; r < q.size(); r++) {
                Profile query = q.profile(r);
                Double min = limits.minSimilarity();
                List<Hit> hits = min != null
                        ? engine.atLeast(query, min, thresholds)
                        : engine.top(query, limits.limit() + (limits.excludeSelf() ? 1 : 0), thresholds);
                int written = 0;
                for (Hit h : hits) {
                    if (written == limits.limit()) break;
                    if (limits.excludeSelf() && h.id().equals(query.id())) continue;
                    out.add(RowFactory.create(
                            query.id(),
                            h.id(),
                            h.counts().compared(),
                            h.counts().identical(),
                            h.counts().differing(),
                            h.similarity(),
                            h.classification().label(),
                            h.alleleSharing(),
                            queries.firstRow() + r,
                            library.idRanks()[h.index()]));
                    written++;
                }
            }
        }
        return out;
    }

    private static Row row(
            String first,
            String second,
            Comparison counts,
            Classification classification,
            double alleleSharing,
            int firstRank,
            int secondRank) {
        return RowFactory.create(
                first,
                second,
                counts.compared(),
                counts.identical(),
                counts.differing(),
                counts.similarity(),
                classification.label(),
                alleleSharing,
                firstRank,
                secondRank);
    }
}
