package org.seedprint.registry.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162 (Certificate Transparency 2.0) Merkle tree hashing and proof verification, section 2.1.
 * Pure functions; the verification mirrors the RFC's algorithms step by step so that a reader can
 * compare them with the text.
 */
public final class Merkle {

    public static final int HASH_SIZE = 32;

    private Merkle() {}

    /** MTH({}) = SHA-256 of the empty string. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** SHA-256(0x00 || entry). */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest md = sha256();
        md.update((byte) 0);
        md.update(entry);
        return md.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = sha256();
        md.update((byte) 1);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    /** RFC 9162 2.1.3.2: checks that {@code leafHash} sits at {@code index} in the tree of {@code size} with {@code root}. */
    public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            throw new ProofException("leaf index " + index + " is outside a tree of size " + size);
        }
        if (leafHash.length != HASH_SIZE) {
            throw new ProofException("leaf hash is " + leafHash.length + " bytes, not " + HASH_SIZE);
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new ProofException("inclusion proof is longer than the tree is deep");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofException("inclusion proof is too short for a tree of size " + size);
        }
        if (!Arrays.equals(r, root)) {
            throw new ProofException("inclusion proof does not lead to the root hash of tree size " + size);
        }
    }

    /** RFC 9162 2.1.4.2: checks that the tree of {@code size1} with {@code root1} is a prefix of the one of {@code size2}. */
    public static void verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 <= 0) {
            // An empty tree is a prefix of every tree: such a proof proves nothing, so it is refused.
            throw new ProofException("consistency from an empty tree (size1 = " + size1 + ") proves nothing");
        }
        if (size1 > size2) {
            throw new ProofException("size1 " + size1 + " is greater than size2 " + size2);
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new ProofException("equal tree sizes need an empty consistency proof");
            }
            if (!Arrays.equals(root1, root2)) {
                throw new ProofException("equal tree sizes but different root hashes");
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new ProofException("consistency proof is empty");
        }
        List<byte[]> path = proof;
        if (Long.bitCount(size1) == 1) {
            path = new ArrayList<>(proof.size() + 1);
            path.add(root1);
            path.addAll(proof);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new ProofException("consistency proof is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofException("consistency proof is too short");
        }
        if (!Arrays.equals(fr, root1)) {
            throw new ProofException("consistency proof does not lead to the first root hash");
        }
        if (!Arrays.equals(sr, root2)) {
            throw new ProofException("consistency proof does not lead to the second root hash");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
