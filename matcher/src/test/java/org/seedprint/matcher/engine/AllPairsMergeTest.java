package org.seedprint.matcher.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedprint.matcher.engine.EnginePropertyTest.World;
import org.seedprint.matcher.profile.Library;

/**
 * The merged all-pairs path (per-task radix sort by key, k-way merge) gives exactly what the collect
 * and sort path gives, and the sharing tables exactly what the allele masks give, on 2-, 4- and
 * 8-bit libraries, whole and in blocks, across two libraries, at several thresholds.
 */
class AllPairsMergeTest {

    private static final Thresholds TH = EnginePropertyTest.thresholds();

    record Row(int a, int b, int compared, int identical, double sharing, Classification cls) {}

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52})
    void mergedEqualsSortedOnEveryLayout(long seed) {
        Random rnd = new Random(seed);
        // 2 alleles per locus: at most 3 genotypes, so 2 bits; 0: 1..6 alleles at random
        World w = EnginePropertyTest.world(seed, seed % 3 == 0 ? 0 : 2);
        List<Library> layouts = new ArrayList<>(List.of(w.library()));
        for (int bits : new int[] {2, 4, 8})
            if (bits > w.library().codes().bits()) layouts.add(w.library().withBits(bits));
        for (Library lib : layouts) {
            int n = lib.size();
            for (double t : new double[] {0.0, 0.5, 0.3 + 0.6 * rnd.nextDouble()}) {
                try (Engine e = new Engine(lib, Kernels.scalar(), 1 + rnd.nextInt(3), 1 + rnd.nextInt(40))) {
                    String where = "seed " + seed + ", " + lib.codes().bits() + " bits, t " + t;
                    List<Row> sorted = sorted(e, lib, Block.all(n), t), merged = merged(e, lib, Block.all(n), t);
                    assertEquals(sorted, merged, where);
                    if (t == 0) assertEquals((long) n * (n - 1) / 2, merged.size(), where + ": every pair");
                    List<Row> viaEngine = new ArrayList<>();
                    e.pairs(t, TH, (a, b, c, i, s, cls) -> viaEngine.add(new Row(a, b, c, i, s, cls)));
                    assertEquals(sorted, viaEngine, where + ": Engine.pairs");
                    int cut = rnd.nextInt(n + 1), cut2 = rnd.nextInt(n + 1);
                    Block b = new Block(Math.min(cut, cut2), n, 0, Math.max(cut, cut2));
                    assertEquals(sorted(e, lib, b, t), merged(e, lib, b, t), where + " block " + b);
                    if (n < 2) continue;
                    int half = 1 + rnd.nextInt(n - 1);
                    Library first = lib.slice(0, half), second = lib.slice(half, n);
                    try (Engine fe = new Engine(first, Kernels.scalar(), 2)) {
                        Block across = new Block(0, first.size(), 0, second.size());
                        assertEquals(sorted(fe, second, across, t), merged(fe, second, across, t), where + " across");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63, 64, 65, 66})
    void sharingTablesEqualTheAlleleMasks(long seed) {
        World w = EnginePropertyTest.world(seed, (int) (seed % 3) * 2);
        List<Library> layouts = new ArrayList<>(List.of(w.library()));
        for (int bits : new int[] {4, 8, 16})
            if (bits > w.library().codes().bits()) layouts.add(w.library().withBits(bits));
        for (Library lib : layouts) {
            try (Engine e = new Engine(lib, Kernels.scalar(), 1)) {
                int wpr = e.wpr;
                for (int a = 0; a < lib.size(); a++)
                    for (int b = 0; b < lib.size(); b++)
                        assertEquals(
                                e.pairSharingByMasks(e.words, a * wpr, e.words, b * wpr),
                                e.pairSharing(e.words, a * wpr, e.words, b * wpr),
                                "seed " + seed + ", " + lib.codes().bits() + " bits, rows " + a + ", " + b);
            }
        }
    }

    @Test
    void keysRoundTripAndOrderAsBestFirst() {
        Random rnd = new Random(5);
        for (int loci : new int[] {1, 7, 186, 1000, 1023, 1024}) {
            PairKeys k = PairKeys.of(loci, 5000, 3000);
            assertNotNull(k);
            for (int x = 0; x < 10_000; x++) {
                int c = rnd.nextInt(loci + 1), i = c == 0 ? 0 : rnd.nextInt(c + 1);
                int ra = rnd.nextInt(5000), rb = rnd.nextInt(3000);
                long key = k.key(c, i, ra, rb);
                assertTrue(key >= 0);
                assertEquals(c, k.compared(key));
                assertEquals(i, k.identical(key, c), c + " " + i);
                assertEquals(ra, k.firstRank(key));
                assertEquals(rb, k.secondRank(key));
                int c2 = rnd.nextInt(loci + 1), i2 = c2 == 0 ? 0 : rnd.nextInt(c2 + 1);
                long key2 = k.key(c2, i2, ra, rb);
                // higher similarity first (exact fractions, 0/0 as 0/1), then more compared
                int bySim = Long.compare((long) i2 * Math.max(c, 1), (long) i * Math.max(c2, 1));
                int expected = bySim != 0 ? bySim : Integer.compare(c2, c);
                assertEquals(
                        Integer.signum(expected),
                        Long.signum(Long.compare(key, key2)),
                        c + "/" + i + " " + c2 + "/" + i2);
            }
        }
        assertNull(PairKeys.of(1000, 100_000, 100_000), "66 bits: the collect and sort path");
        assertNotNull(PairKeys.of(1000, 1 << 15, 1 << 15));
    }

    private static List<Row> sorted(Engine e, Library other, Block block, double t) {
        List<Row> out = new ArrayList<>();
        new AllPairs(e, other, block, e.minIdentical(t))
                .sorted(TH, (a, b, c, i, s, cls) -> out.add(new Row(a, b, c, i, s, cls)));
        return out;
    }

    private static List<Row> merged(Engine e, Library other, Block block, double t) {
        List<Row> out = new ArrayList<>();
        new AllPairs(e, other, block, e.minIdentical(t))
                .run(TH, (a, b, c, i, s, cls) -> out.add(new Row(a, b, c, i, s, cls)));
        return out;
    }
}
