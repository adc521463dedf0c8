package org.seedprint.matcher.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedprint.matcher.engine.EnginePropertyTest.World;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/** Block pairs merged equal all-vs-all; the multi-query kernel equals the single-query path. */
class BlockAndMultiQueryTest {

    private static final Thresholds TH = EnginePropertyTest.thresholds();

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void blocksOfAPartitionMergeIntoTheAllPairsResult(long seed) {
        World w = EnginePropertyTest.world(seed);
        Random rnd = new Random(seed);
        Library lib = w.library();
        int n = lib.size();
        double t = rnd.nextBoolean() ? 0.0 : 0.3 + 0.5 * rnd.nextDouble();
        for (Kernel kernel : EnginePropertyTest.kernels()) {
            try (Engine e = new Engine(lib, kernel, 2, 1 + rnd.nextInt(40))) {
                List<Pair> all = e.pairs(t, TH);
                List<Pair> viaSink = collect(e, lib, lib, Block.all(n), t);
                assertEquals(all, viaSink, "the sink gives what the list gives");
                // a partition into blocks i <= j, in random cut points
                List<Integer> cuts = new ArrayList<>(List.of(0));
                for (int c = 1 + rnd.nextInt(8); cuts.get(cuts.size() - 1) < n; )
                    cuts.add(Math.min(n, cuts.get(cuts.size() - 1) + c));
                List<Pair> merged = new ArrayList<>();
                for (int x = 0; x + 1 < cuts.size(); x++)
                    for (int y = x; y + 1 < cuts.size(); y++)
                        merged.addAll(collect(
                                e, lib, lib, new Block(cuts.get(x), cuts.get(x + 1), cuts.get(y), cuts.get(y + 1)), t));
                merged.sort(Pair.BEST_FIRST);
                assertEquals(all, merged, "seed " + seed + " " + kernel.name() + " blocks " + cuts);

                // the same pairs between two libraries cut from this one
                int cut = n / 2;
                Library first = lib.slice(0, cut), second = lib.slice(cut, n);
                List<Pair> expected = new ArrayList<>();
                for (Pair p : all) if (p.a() < cut && p.b() >= cut) expected.add(p);
                try (Engine fe = new Engine(first, kernel, 1)) {
                    List<Pair> across = collect(fe, first, second, new Block(0, cut, 0, n - cut), t);
                    assertEquals(expected.size(), across.size());
                    for (int x = 0; x < expected.size(); x++) {
                        Pair p = expected.get(x), q = across.get(x);
                        assertEquals(p.idA(), q.idA());
                        assertEquals(p.idB(), q.idB());
                        assertEquals(p.counts(), q.counts());
                        assertEquals(p.alleleSharing(), q.alleleSharing());
                        assertEquals(p.classification(), q.classification());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44, 45, 46, 47, 48})
    void manyQueriesInOnePassEqualOneAtATime(long seed) {
        World w = EnginePropertyTest.world(seed);
        Random rnd = new Random(seed);
        List<Profile> queries = new ArrayList<>();
        for (int q = 0; q < w.queries().size(); q++) queries.add(w.queries().profile(q));
        for (int q = 0; q < 7; q++)
            queries.add(w.library().profile(rnd.nextInt(w.library().size())));
        for (Kernel kernel : EnginePropertyTest.kernels()) {
            try (Engine e = new Engine(w.library(), kernel, 1 + rnd.nextInt(2))) {
                e.queryTileBytes =
                        16 * w.library().codes().wordsPerRow() * (1 + rnd.nextInt(4)); // tiles of 1-4 queries
                int k = 1 + rnd.nextInt(w.library().size() + 2);
                double t = rnd.nextDouble();
                List<List<Hit>> tops = e.top(queries, k, TH), above = e.atLeast(queries, t, TH);
                for (int q = 0; q < queries.size(); q++) {
                    String where = "seed " + seed + " " + kernel.name() + " query " + q;
                    assertEquals(e.top(queries.get(q), k, TH), tops.get(q), where + " top " + k);
                    assertEquals(e.atLeast(queries.get(q), t, TH), above.get(q), where + " at least " + t);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {51})
    void librariesWithAnotherDictionaryAreRefused(long seed) {
        World a = EnginePropertyTest.world(seed), b = EnginePropertyTest.world(seed + 1);
        try (Engine e = new Engine(a.library(), Kernels.scalar(), 1)) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> e.pairs(b.library(), new Block(0, 1, 0, 1), 0.5, TH, (x, y, c, i, s, cls) -> {}));
            assertTrue(a.library().size() > 0);
        }
    }

    private static List<Pair> collect(Engine e, Library first, Library second, Block block, double t) {
        List<Pair> out = new ArrayList<>();
        e.pairs(
                second,
                block,
                t,
                TH,
                (a, b, c, i, sharing, cls) ->
                        out.add(new Pair(a, first.id(a), b, second.id(b), new Comparison(c, i), sharing, cls)));
        return out;
    }
}
