package org.seedprint.matcher.engine;

/**
 * Counts over two rows of genotype codes: compared = positions where both are non-zero,
 * identical = compared positions with equal codes. The result is packed as
 * {@code compared << 32 | identical} so the hot loop allocates nothing. Every implementation
 * returns exactly the same counts.
 */
public interface Kernel {

    /** Short name for logs and benchmarks: "scalar" or "vector-512" and so on. */
    String name();

    long count(byte[] a, int aOff, byte[] b, int bOff, int len);

    long count(short[] a, int aOff, short[] b, int bOff, int len);

    static int compared(long packed) {
        return (int) (packed >>> 32);
    }

    static int identical(long packed) {
        return (int) packed;
    }
}
