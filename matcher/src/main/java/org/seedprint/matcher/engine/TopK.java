package org.seedprint.matcher.engine;

import org.seedprint.matcher.profile.Library;

/** The k best rows seen so far: a binary heap on primitive arrays with the worst at the root. */
final class TopK {

    private final Library lib;
    private final int k;
    private final int[] rows;
    private final int[] compared;
    private final int[] identical;
    private int size;

    TopK(Library lib, int k) {
        this.lib = lib;
        this.k = k;
        int cap = Math.min(k, lib.size());
        rows = new int[cap];
        compared = new int[cap];
        identical = new int[cap];
    }

    void offer(int row, int c, int i) {
        if (size < k) {
            rows[size] = row;
            compared[size] = c;
            identical[size] = i;
            siftUp(size++);
        } else if (Ranking.compare(lib, row, c, i, rows[0], compared[0], identical[0]) < 0) {
            rows[0] = row;
            compared[0] = c;
            identical[0] = i;
            siftDown(0);
        }
    }

    void addAllTo(TopK other) {
        for (int x = 0; x < size; x++) other.offer(rows[x], compared[x], identical[x]);
    }

    /** Rows, compared, identical as triples, best first; empties the heap. */
    int[] drainBestFirst() {
        int[] out = new int[3 * size];
        for (int x = size - 1; x >= 0; x--) {
            out[3 * x] = rows[0];
            out[3 * x + 1] = compared[0];
            out[3 * x + 2] = identical[0];
            size--;
            swap(0, size);
            siftDown(0);
        }
        return out;
    }

    /** Whether slot a ranks worse than slot b (the heap keeps the worst on top). */
    private boolean worse(int a, int b) {
        return Ranking.compare(lib, rows[a], compared[a], identical[a], rows[b], compared[b], identical[b]) > 0;
    }

    private void siftUp(int x) {
        while (x > 0) {
            int parent = (x - 1) >>> 1;
            if (!worse(x, parent)) return;
            swap(x, parent);
            x = parent;
        }
    }

    private void siftDown(int x) {
        while (true) {
            int l = 2 * x + 1, r = l + 1, w = x;
            if (l < size && worse(l, w)) w = l;
            if (r < size && worse(r, w)) w = r;
            if (w == x) return;
            swap(x, w);
            x = w;
        }
    }

    private void swap(int a, int b) {
        int t = rows[a];
        rows[a] = rows[b];
        rows[b] = t;
        t = compared[a];
        compared[a] = compared[b];
        compared[b] = t;
        t = identical[a];
        identical[a] = identical[b];
        identical[b] = t;
    }
}
