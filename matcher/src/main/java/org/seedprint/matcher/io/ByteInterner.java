package org.seedprint.matcher.io;

import java.util.Arrays;

/** Interns byte ranges (a sample id, a locus id, an allele field) to dense ids, without a String per lookup. */
final class ByteInterner {

    private byte[][] keys = new byte[64][];
    private int[] ids = new int[64];
    private int size;

    /** The id of these bytes, or -1 when they were never {@link #add added}. */
    int find(byte[] b, int from, int to) {
        int mask = keys.length - 1;
        for (int i = hash(b, from, to) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (Arrays.equals(keys[i], 0, keys[i].length, b, from, to)) return ids[i];
        }
        return -1;
    }

    /** Adds bytes not yet present, with the next id; returns it. */
    int add(byte[] b, int from, int to) {
        if (2 * (size + 1) > keys.length) grow();
        int mask = keys.length - 1;
        int i = hash(b, from, to) & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = Arrays.copyOfRange(b, from, to);
        ids[i] = size;
        return size++;
    }

    private void grow() {
        byte[][] k = keys;
        int[] v = ids;
        keys = new byte[k.length * 2][];
        ids = new int[k.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < k.length; j++) {
            if (k[j] == null) continue;
            int i = hash(k[j], 0, k[j].length) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = k[j];
            ids[i] = v[j];
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + b[i];
        return h ^ (h >>> 16);
    }
}
