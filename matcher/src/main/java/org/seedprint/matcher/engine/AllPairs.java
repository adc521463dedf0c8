package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedprint.matcher.profile.Library;

/**
 * All-vs-all over a block pair: tiles of {@code 128 KiB} of first rows, each a task; one tile of
 * first rows stays in L2 while every tile of second rows streams past it. Pairs that pass get their
 * allele sharing at once, while both rows are in cache; then one sort, best first.
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
        boolean same = other == e.library();
        long[] aw = e.words, bw = other.codes().words();
        int wpr = e.wpr, blocks = e.blocks;
        int a0 = block.firstFrom(), a1 = block.firstTo(), b0 = block.secondFrom(), b1 = block.secondTo();
        int[] suffix = e.rowSuffixes(aw, a0, a1);
        int tile = e.rowTile();
        List<Callable<Found>> work = new ArrayList<>();
        for (int t = a0; t < a1; t += tile) {
            int iFrom = t, iTo = Math.min(a1, t + tile);
            work.add(() -> {
                Found found = new Found();
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
                return found;
            });
        }
        Found all = Found.concat(e.tasks().run(work));
        Library lib = e.library();
        int[] order = BestFirst.order(all, e.m, lib::idRank, other::idRank);
        for (int x : order) {
            int c = all.compared(x), i = all.identical(x);
            sink.pair(all.a(x), all.b(x), c, i, e.sets.mean(c, i, all.sharing[x]), thresholds.classify(c, i, e.m));
        }
    }
}
