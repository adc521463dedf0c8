package org.seedprint.matcher.engine;

import java.util.Arrays;
import java.util.List;

/**
 * One task's pairs as (key, sharing sum) in two growable arrays, sorted by key ({@link PairKeys}),
 * and the k-way merge of several runs into one ascending stream.
 */
final class PairRun {

    private static final int DIGIT = 11;

    private long[] keys = new long[256];
    private long[] sharing = new long[256];
    private int size;

    void add(long key, long sharingSum) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
            sharing = Arrays.copyOf(sharing, 2 * size);
        }
        keys[size] = key;
        sharing[size++] = sharingSum;
    }

    int size() {
        return size;
    }

    /**
     * LSD radix sort of the keys (their low {@code bits} bits), the sharing sums moved along: keys are
     * distinct, so the order is total. Digits the same in every key are skipped.
     */
    void sort(int bits) {
        int n = size;
        long[] k = keys, v = sharing, k2 = new long[n], v2 = new long[n];
        int[] count = new int[1 << DIGIT];
        int mask = (1 << DIGIT) - 1;
        for (int shift = 0; shift < bits; shift += DIGIT) {
            Arrays.fill(count, 0);
            for (int x = 0; x < n; x++) count[(int) (k[x] >>> shift) & mask]++;
            if (n == 0 || count[(int) (k[0] >>> shift) & mask] == n) continue;
            for (int d = 0, sum = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int x = 0; x < n; x++) {
                int to = count[(int) (k[x] >>> shift) & mask]++;
                k2[to] = k[x];
                v2[to] = v[x];
            }
            long[] t = k;
            k = k2;
            k2 = t;
            t = v;
            v = v2;
            v2 = t;
        }
        keys = k;
        sharing = v;
    }

    interface Sink {
        void accept(long key, long sharingSum);
    }

    /** Every entry of the sorted runs in ascending key order (a binary heap over the runs' heads). */
    static void merge(List<PairRun> runs, Sink sink) {
        PairRun[] run = runs.stream().filter(r -> r.size > 0).toArray(PairRun[]::new);
        int h = run.length;
        if (h == 1) {
            PairRun r = run[0];
            for (int x = 0; x < r.size; x++) sink.accept(r.keys[x], r.sharing[x]);
            return;
        }
        int[] pos = new int[h];
        int[] idx = new int[h];
        for (int x = 0; x < h; x++) idx[x] = x;
        for (int x = h / 2 - 1; x >= 0; x--) down(idx, h, x, run, pos);
        while (h > 0) {
            int r = idx[0];
            PairRun top = run[r];
            int p = pos[r]++;
            sink.accept(top.keys[p], top.sharing[p]);
            if (pos[r] == top.size) idx[0] = idx[--h];
            if (h > 0) down(idx, h, 0, run, pos);
        }
    }

    private static void down(int[] idx, int h, int x, PairRun[] run, int[] pos) {
        int r = idx[x];
        long key = run[r].keys[pos[r]];
        while (true) {
            int c = 2 * x + 1;
            if (c >= h) break;
            long ck = run[idx[c]].keys[pos[idx[c]]];
            if (c + 1 < h) {
                long rk = run[idx[c + 1]].keys[pos[idx[c + 1]]];
                if (rk < ck) {
                    c++;
                    ck = rk;
                }
            }
            if (ck >= key) break;
            idx[x] = idx[c];
            x = c;
        }
        idx[x] = r;
    }
}
