package org.seedprint.matcher.io;

import java.util.Arrays;

/** Open-addressing map from long keys to non-negative ints, no boxing: the readers' interning tables. */
final class LongIntMap {

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    /** The value of the key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i];
        }
        return -1;
    }

    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) grow();
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (used[i] && keys[i] != key) i = (i + 1) & mask;
        if (!used[i]) size++;
        used[i] = true;
        keys[i] = key;
        values[i] = value;
    }

    void clear() {
        if (size == 0) return;
        Arrays.fill(used, false);
        size = 0;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) if (u[i]) put(k[i], v[i]);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
