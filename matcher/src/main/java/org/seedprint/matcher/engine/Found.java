package org.seedprint.matcher.engine;

import java.util.Arrays;
import java.util.List;

/** Growable list of (a, b, compared, identical) quadruples (b unused for queries). */
final class Found {
    int[] data = new int[64];
    int size;

    void add(int row, int compared, int identical) {
        addPair(row, -1, compared, identical);
    }

    void addPair(int a, int b, int compared, int identical) {
        if (4 * size + 4 > data.length) data = Arrays.copyOf(data, data.length * 2);
        int x = 4 * size++;
        data[x] = a;
        data[x + 1] = b;
        data[x + 2] = compared;
        data[x + 3] = identical;
    }

    static Found concat(List<Found> parts) {
        Found all = new Found();
        for (Found f : parts) {
            if (4 * (all.size + f.size) > all.data.length)
                all.data = Arrays.copyOf(all.data, 4 * (all.size + f.size) + 64);
            System.arraycopy(f.data, 0, all.data, 4 * all.size, 4 * f.size);
            all.size += f.size;
        }
        return all;
    }
}
