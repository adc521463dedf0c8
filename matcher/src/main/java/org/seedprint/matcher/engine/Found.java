package org.seedprint.matcher.engine;

import java.util.Arrays;
import java.util.List;

/** Growable list of (a, b, compared, identical, sharing sum) entries in primitive arrays (b = -1 for hits). */
final class Found {
    int[] data = new int[64];
    long[] sharing = new long[16];
    int size;

    void add(int a, int b, int compared, int identical, long sharingSum) {
        if (4 * size + 4 > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
            sharing = Arrays.copyOf(sharing, sharing.length * 2);
        }
        int x = 4 * size;
        data[x] = a;
        data[x + 1] = b;
        data[x + 2] = compared;
        data[x + 3] = identical;
        sharing[size++] = sharingSum;
    }

    int a(int e) {
        return data[4 * e];
    }

    int b(int e) {
        return data[4 * e + 1];
    }

    int compared(int e) {
        return data[4 * e + 2];
    }

    int identical(int e) {
        return data[4 * e + 3];
    }

    static Found concat(List<Found> parts) {
        int total = 0;
        for (Found f : parts) total += f.size;
        Found all = new Found();
        all.data = new int[4 * Math.max(total, 16)];
        all.sharing = new long[Math.max(total, 16)];
        for (Found f : parts) {
            System.arraycopy(f.data, 0, all.data, 4 * all.size, 4 * f.size);
            System.arraycopy(f.sharing, 0, all.sharing, all.size, f.size);
            all.size += f.size;
        }
        return all;
    }
}
