package org.seedprint.matcher.profile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The sample ids of a library, unique and non-blank, with their sorted order: {@link #rank} orders
 * rows as their ids sort ({@link String#compareTo}), so that ranking ties compare ints, and
 * {@link #indexOf} is a binary search. The index stores the order, so opening it does not sort.
 * The ids are kept as one UTF-8 array with offsets (about 12 bytes per id instead of a String's
 * 50), and {@link #id} decodes one when asked: ids are read for results, never in a scan.
 */
public final class SampleIds {

    private final byte[] utf8;
    private final int[] start;
    private final int[] order;
    private final int[] rank;

    private SampleIds(String[] ids, int[] order) {
        int total = 0;
        byte[][] encoded = new byte[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            encoded[i] = ids[i].getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
        }
        this.utf8 = new byte[total];
        this.start = new int[ids.length + 1];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(encoded[i], 0, utf8, start[i], encoded[i].length);
            start[i + 1] = start[i] + encoded[i].length;
        }
        this.order = order;
        this.rank = new int[ids.length];
        for (int k = 0; k < order.length; k++) rank[order[k]] = k;
    }

    /** The ids (copied), sorted here. */
    public static SampleIds of(String[] ids) {
        String[] copy = checked(ids);
        Integer[] boxed = new Integer[copy.length];
        for (int i = 0; i < copy.length; i++) boxed[i] = i;
        Arrays.sort(boxed, Comparator.comparing(i -> copy[i]));
        int[] order = new int[copy.length];
        for (int i = 0; i < copy.length; i++) order[i] = boxed[i];
        return sorted(copy, order);
    }

    /**
     * Ids with their sorted order as stored (taken over, not copied); checked in one pass: the
     * order must be a permutation under which the ids strictly increase.
     */
    public static SampleIds sorted(String[] ids, int[] order) {
        checked(ids);
        if (order.length != ids.length)
            throw new IllegalArgumentException("id order has " + order.length + " entries for " + ids.length + " ids");
        boolean[] seen = new boolean[ids.length];
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (i < 0 || i >= ids.length || seen[i])
                throw new IllegalArgumentException("id order is not a permutation");
            seen[i] = true;
            if (k > 0) {
                int c = ids[order[k - 1]].compareTo(ids[i]);
                if (c == 0) throw new IllegalArgumentException("duplicate sample id " + ids[i]);
                if (c > 0) throw new IllegalArgumentException("id order is not sorted at " + ids[i]);
            }
        }
        return new SampleIds(ids, order);
    }

    private static String[] checked(String[] ids) {
        for (String id : ids) if (id == null || id.isBlank()) throw new IllegalArgumentException("blank sample id");
        return ids.clone();
    }

    public int size() {
        return order.length;
    }

    public String id(int row) {
        return new String(utf8, start[row], start[row + 1] - start[row], StandardCharsets.UTF_8);
    }

    /** Position of row {@code i}'s id among all ids in sorted order. */
    public int rank(int row) {
        return rank[row];
    }

    /** Rows in id order, shared (for the index writer). Do not modify. */
    public int[] order() {
        return order;
    }

    /** Row of this id, or -1. */
    public int indexOf(String id) {
        int lo = 0, hi = order.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = id(order[mid]).compareTo(id);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return order[mid];
        }
        return -1;
    }
}
