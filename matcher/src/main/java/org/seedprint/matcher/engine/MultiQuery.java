package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.seedprint.matcher.profile.Library;

/**
 * Many queries in one pass over the library: the queries' packed rows sit side by side, and each
 * task walks its library rows once per tile of queries (as many as fit in L2), a block of rows at a
 * time (16 KiB, in L1): every query of the tile is counted against every row of the block before
 * the next block is read. So the library streams from memory once per tile, not once per query,
 * and neither side is re-read from further than L2. Counts come from {@link Kernel#count}, whole
 * rows without early stops, so they are those of the single-query path.
 */
final class MultiQuery {

    private final Engine e;
    private final List<EncodedQuery> queries;
    private final long[] qWords;
    private final long[] qCalled;
    private static final int ROW_BLOCK_BYTES = 1 << 14;

    MultiQuery(Engine e, List<EncodedQuery> queries) {
        this.e = e;
        this.queries = queries;
        int wpr = e.wpr, nq = queries.size();
        qWords = new long[nq * wpr];
        qCalled = new long[nq * wpr];
        for (int q = 0; q < nq; q++) {
            System.arraycopy(queries.get(q).words, 0, qWords, q * wpr, wpr);
            System.arraycopy(queries.get(q).called, 0, qCalled, q * wpr, wpr);
        }
    }

    /** Counts every query of each tile against rows [from, to), handing each count to {@code take}. */
    private interface Take {
        void take(int query, int row, long counts);
    }

    private void scan(int from, int to, Take take) {
        int nq = queries.size(), tile = e.queryTile(), wpr = e.wpr, block = Math.max(1, ROW_BLOCK_BYTES / (8 * wpr));
        Kernel kernel = e.kernel();
        long[] words = e.words;
        long high = e.high;
        for (int t0 = 0; t0 < nq; t0 += tile) {
            int t1 = Math.min(nq, t0 + tile);
            for (int r0 = from; r0 < to; r0 += block) {
                int r1 = Math.min(to, r0 + block);
                for (int q = t0; q < t1; q++) {
                    for (int row = r0; row < r1; row++)
                        take.take(q, row, kernel.count(qWords, qCalled, q * wpr, words, row * wpr, wpr, high));
                }
            }
        }
    }

    void top(int k, Thresholds thresholds, HitSink sink) {
        int nq = queries.size();
        Library lib = e.library();
        List<TopK[]> parts = e.tasks().chunks(0, e.n, (from, to) -> {
            TopK[] tops = new TopK[nq];
            for (int q = 0; q < nq; q++) tops[q] = new TopK(lib, k);
            scan(from, to, (q, row, p) -> tops[q].offer(row, Kernel.compared(p), Kernel.identical(p)));
            return tops;
        });
        for (int q = 0; q < nq; q++) {
            TopK all = new TopK(lib, k);
            for (TopK[] part : parts) part[q].addAllTo(all);
            int[] triples = all.drainBestFirst();
            for (int x = 0; x < triples.length; x += 3)
                deliver(q, triples[x], triples[x + 1], triples[x + 2], thresholds, sink);
        }
    }

    void atLeast(int[] need, Thresholds thresholds, HitSink sink) {
        int nq = queries.size();
        Library lib = e.library();
        List<Found[]> parts = e.tasks().chunks(0, e.n, (from, to) -> {
            Found[] found = new Found[nq];
            for (int q = 0; q < nq; q++) found[q] = new Found();
            scan(from, to, (q, row, p) -> {
                int c = Kernel.compared(p), i = Kernel.identical(p);
                if (i >= need[Math.max(c, 1)]) found[q].add(row, -1, c, i, 0);
            });
            return found;
        });
        for (int q = 0; q < nq; q++) {
            List<Found> mine = new ArrayList<>(parts.size());
            for (Found[] part : parts) mine.add(part[q]);
            Found all = Found.concat(mine);
            for (int x : BestFirst.order(all, e.m, lib::idRank, lib::idRank))
                deliver(q, all.a(x), all.compared(x), all.identical(x), thresholds, sink);
        }
    }

    private void deliver(int q, int row, int c, int i, Thresholds thresholds, HitSink sink) {
        double sharing = e.sets.mean(c, i, e.querySharing(queries.get(q), row));
        sink.hit(q, row, c, i, sharing, thresholds.classify(c, i, e.m));
    }

    /** Hits per query as lists, from a sink-based search. */
    static List<List<Hit>> collect(int queries, Consumer<HitSink> search, Engine e) {
        List<List<Hit>> out = new ArrayList<>(queries);
        for (int q = 0; q < queries; q++) out.add(new ArrayList<>());
        Library lib = e.library();
        search.accept((q, row, c, i, sharing, cls) ->
                out.get(q).add(new Hit(row, lib.id(row), new Comparison(c, i), sharing, cls)));
        return out;
    }
}
