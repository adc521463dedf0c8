package org.seedprint.registry.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree in memory: every complete subtree hash is kept per level, so that
 * roots and proofs for any earlier tree size take O(log n) hashes. Not thread-safe: the log
 * service serialises access.
 */
final class MerkleTree {

    /** levels.get(l).get(i) = hash of the perfect subtree of 2^l leaves starting at leaf i * 2^l. */
    private final List<List<byte[]>> levels = new ArrayList<>();

    public long size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    public void append(byte[] leafHash) {
        byte[] h = leafHash;
        int level = 0;
        while (true) {
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
            List<byte[]> row = levels.get(level);
            row.add(h);
            if (row.size() % 2 == 1) {
                return;
            }
            h = Merkle.nodeHash(row.get(row.size() - 2), h);
            level++;
        }
    }

    /** Forgets the leaves from {@code size} on (used when a tentative append is rolled back). */
    public void truncate(long size) {
        for (int l = 0; l < levels.size(); l++) {
            List<byte[]> row = levels.get(l);
            int keep = (int) (size >> l);
            row.subList(Math.min(keep, row.size()), row.size()).clear();
        }
    }

    /**
     * The hashes of the perfect subtrees of 2^level leaves numbered {@code from} (inclusive) to
     * {@code to} (exclusive): the raw material of a C2SP tlog-tiles tile.
     */
    public List<byte[]> nodes(int level, long from, long to) {
        if (level >= levels.size() || to > levels.get(level).size() || from < 0 || from > to) {
            throw new IllegalArgumentException(
                    "nodes " + from + ".." + to + " of level " + level + " are not complete");
        }
        return List.copyOf(levels.get(level).subList(Math.toIntExact(from), Math.toIntExact(to)));
    }

    public byte[] leafHash(long index) {
        return levels.get(0).get(Math.toIntExact(index));
    }

    /** MTH of the first {@code size} leaves. */
    public byte[] root(long size) {
        checkSize(size);
        return size == 0 ? Merkle.emptyRoot() : hash(0, size);
    }

    /** RFC 9162 2.1.3.1 PATH(index, D[0:size]). */
    public List<byte[]> inclusionProof(long index, long size) {
        checkSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " is outside a tree of size " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, proof);
        return proof;
    }

    /** RFC 9162 2.1.4.1 PROOF(size1, D[0:size2]). */
    public List<byte[]> consistencyProof(long size1, long size2) {
        checkSize(size2);
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("need 0 < size1 <= size2, got " + size1 + " and " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 < size2) {
            subproof(size1, 0, size2, true, proof);
        }
        return proof;
    }

    private void path(long m, long lo, long hi, List<byte[]> out) {
        long n = hi - lo;
        if (n == 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            path(m, lo, lo + k, out);
            out.add(hash(lo + k, hi));
        } else {
            path(m - k, lo + k, hi, out);
            out.add(hash(lo, lo + k));
        }
    }

    private void subproof(long m, long lo, long hi, boolean b, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!b) {
                out.add(hash(lo, hi));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, lo, lo + k, b, out);
            out.add(hash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(hash(lo, lo + k));
        }
    }

    /** MTH(D[lo:hi]) for the ranges that RFC 9162's recursion produces. */
    private byte[] hash(long lo, long hi) {
        long n = hi - lo;
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return levels.get(level).get(Math.toIntExact(lo >> level));
        }
        long k = Long.highestOneBit(n - 1);
        return Merkle.nodeHash(hash(lo, lo + k), hash(lo + k, hi));
    }

    private void checkSize(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("tree size " + size + " is outside 0.." + size());
        }
    }
}
