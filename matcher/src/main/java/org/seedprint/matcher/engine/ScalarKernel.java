package org.seedprint.matcher.engine;

/**
 * The portable kernel: SWAR ("SIMD within a register") on the packed words. With {@code high} the
 * top bit of every lane and {@code low = ~high}, {@link #nonZero} sets a lane's top bit exactly when
 * the lane is non-zero (no carry crosses a lane), so compared = popcount(nz(a) & nz(b)) and
 * identical = popcount(nz(a) & ~nz(a ^ b)).
 */
final class ScalarKernel implements Kernel {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public long count(long[] q, long[] called, int qOff, long[] lib, int libOff, int words, long high) {
        return counts(q, called, qOff, lib, libOff, words, high);
    }

    @Override
    public long countRows(long[] a, int aOff, long[] b, int bOff, int words, long high) {
        return countsOfRows(a, aOff, b, bOff, words, high);
    }

    /** {@link #count}: also the vector kernel's last words of a row (fewer than a vector). */
    static long counts(long[] q, long[] called, int qOff, long[] lib, int libOff, int words, long high) {
        int compared = 0, identical = 0;
        for (int i = 0; i < words; i++) {
            long x = lib[libOff + i];
            long nz = nonZero(x, high);
            compared += Long.bitCount(nz & called[qOff + i]);
            identical += Long.bitCount(nz & ~nonZero(x ^ q[qOff + i], high));
        }
        return (long) compared << 32 | identical;
    }

    /** {@link #countRows}: also the vector kernel's last words of a row. */
    static long countsOfRows(long[] a, int aOff, long[] b, int bOff, int words, long high) {
        int compared = 0, identical = 0;
        for (int i = 0; i < words; i++) {
            long x = a[aOff + i], y = b[bOff + i];
            long nx = nonZero(x, high);
            compared += Long.bitCount(nx & nonZero(y, high));
            identical += Long.bitCount(nx & ~nonZero(x ^ y, high));
        }
        return (long) compared << 32 | identical;
    }

    /** Top bit of each lane set exactly when that lane is non-zero. */
    static long nonZero(long v, long high) {
        long low = ~high;
        return (((v & low) + low) | v) & high;
    }
}
