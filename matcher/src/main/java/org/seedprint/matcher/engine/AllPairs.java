package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.seedprint.matcher.profile.Library;

/**
 * All-vs-all over a block pair: tasks of first rows (at most a tile of {@code 128 KiB}, fewer rows
 * when the block is small so that every core gets work); one tile of first rows stays in L2 while
 * every tile of second rows streams past it. Pairs that pass get their allele sharing at once, while
 * both rows are in cache.
 *
 * <p>The order is best first ({@link BestFirst}): similarity, compared loci, then the first's and the
 * second's id rank. When that whole order fits in one 63-bit key ({@link PairKeys}: up to 2^15
 * rows a side on 1,000 loci), each task sorts its own pairs by key (an LSD radix sort that carries
 * the sharing along, run in parallel) and the sink receives a k-way merge of the tasks' runs as it
 * goes, so no global sort is made. Otherwise all pairs are collected and sorted together.
 */
final class AllPairs {

    private final Engine e;
    private final Library other;
    private final Block block;
    private final int[] need;

    AllPairs(Engine e, Library other, Block block, int[] need) {
        this.e = e;
        this.other = other;
        this.block = block;
        this.need = need;
    }

    void run(Thresholds thresholds, PairSink sink) {
        PairKeys keys = PairKeys.of(e.m, e.library().size(), other.size());
        if (keys == null) sorted(thresholds, sink);
        else merged(keys, thresholds, sink);
    }

    /** What {@link #run} does without a key: every pair collected, then one indirect sort. */
    void sorted(Thresholds thresholds, PairSink sink) {
        Found all = Found.concat(e.tasks().run(tasks(() -> new Collector<Found>() {
            final Found found = new Found();

            @Override
            public void add(int i, int j, int compared, int identical, long sharing) {
                found.add(i, j, compared, identical, sharing);
            }

            @Override
            public Found done() {
                return found;
            }
        })));
        Library lib = e.library();
        int[] order = BestFirst.order(all, e.m, lib::idRank, other::idRank);
        for (int x : order) {
            int c = all.compared(x), i = all.identical(x);
            sink.pair(all.a(x), all.b(x), c, i, e.sets.mean(c, i, all.sharing[x]), thresholds.classify(c, i, e.m));
        }
    }

    private void merged(PairKeys keys, Thresholds thresholds, PairSink sink) {
        Library lib = e.library();
        List<PairRun> runs = e.tasks().run(tasks(() -> new Collector<PairRun>() {
            final PairRun run = new PairRun();

            @Override
            public void add(int i, int j, int compared, int identical, long sharing) {
                run.add(keys.key(compared, identical, lib.idRank(i), other.idRank(j)), sharing);
            }

            @Override
            public PairRun done() {
                run.sort(keys.bits());
                return run;
            }
        }));
        int[] rowA = rowsByRank(lib), rowB = other == lib ? rowA : rowsByRank(other);
        PairRun.merge(runs, (key, sharing) -> {
            int c = keys.compared(key), i = keys.identical(key, c);
            sink.pair(
                    rowA[keys.firstRank(key)],
                    rowB[keys.secondRank(key)],
                    c,
                    i,
                    e.sets.mean(c, i, sharing),
                    thresholds.classify(c, i, e.m));
        });
    }

    /** Receives one task's passing pairs. */
    private interface Collector<T> {
        void add(int i, int j, int compared, int identical, long sharing);

        T done();
    }

    private <T> List<Callable<T>> tasks(Supplier<Collector<T>> collectors) {
        boolean same = other == e.library();
        long[] aw = e.words, bw = other.codes().words();
        int wpr = e.wpr, blocks = e.blocks;
        int a0 = block.firstFrom(), a1 = block.firstTo(), b0 = block.secondFrom(), b1 = block.secondTo();
        int[] suffix = e.rowSuffixes(aw, a0, a1);
        int tile = e.rowTile();
        int step = Math.max(1, Math.min(tile, ceilDiv(a1 - a0, 4 * e.tasks().parallelism())));
        List<Callable<T>> work = new ArrayList<>();
        for (int t = a0; t < a1; t += step) {
            int iFrom = t, iTo = Math.min(a1, t + step);
            work.add(() -> {
                Collector<T> found = collectors.get();
                for (int jFrom = same ? Math.max(b0, iFrom) : b0; jFrom < b1; jFrom += tile) {
                    int jTo = Math.min(b1, jFrom + tile);
                    for (int i = iFrom; i < iTo; i++) {
                        int sOff = (i - a0) * blocks;
                        for (int j = same ? Math.max(jFrom, i + 1) : jFrom; j < jTo; j++) {
                            long p = e.scanRows(aw, i * wpr, suffix, sOff, bw, j * wpr, need);
                            if (p >= 0) {
                                found.add(
                                        i,
                                        j,
                                        Kernel.compared(p),
                                        Kernel.identical(p),
                                        e.pairSharing(aw, i * wpr, bw, j * wpr));
                            }
                        }
                    }
                }
                return found.done();
            });
        }
        return work;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int[] rowsByRank(Library lib) {
        int[] rows = new int[lib.size()];
        for (int r = 0; r < rows.length; r++) rows[lib.idRank(r)] = r;
        return rows;
    }
}
