package org.seedprint.matcher.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The portable kernel: SWAR ("SIMD within a register"), eight byte codes or four short codes per
 * long. A lane's high bit is set when the lane is non-zero ({@link #nonZero8}), so
 * compared = popcount(nz(a) & nz(b)) and identical = popcount(nz(a) & nz(b) & ~nz(a ^ b)).
 * The tail goes one code at a time.
 */
final class ScalarKernel implements Kernel {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
    private static final long LOW15 = 0x7FFF_7FFF_7FFF_7FFFL;

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public long count(byte[] a, int aOff, byte[] b, int bOff, int len) {
        int compared = 0, identical = 0;
        int i = 0;
        for (int bound = len & ~7; i < bound; i += 8) {
            long x = (long) LONGS.get(a, aOff + i), y = (long) LONGS.get(b, bOff + i);
            long both = nonZero8(x) & nonZero8(y);
            compared += Long.bitCount(both);
            identical += Long.bitCount(both & ~nonZero8(x ^ y));
        }
        for (; i < len; i++) {
            int x = a[aOff + i], y = b[bOff + i];
            if (x != 0 && y != 0) {
                compared++;
                if (x == y) identical++;
            }
        }
        return (long) compared << 32 | identical;
    }

    @Override
    public long count(short[] a, int aOff, short[] b, int bOff, int len) {
        int compared = 0, identical = 0;
        int i = 0;
        for (int bound = len & ~3; i < bound; i += 4) {
            long x = pack4(a, aOff + i), y = pack4(b, bOff + i);
            long both = nonZero16(x) & nonZero16(y);
            compared += Long.bitCount(both);
            identical += Long.bitCount(both & ~nonZero16(x ^ y));
        }
        for (; i < len; i++) {
            int x = a[aOff + i], y = b[bOff + i];
            if (x != 0 && y != 0) {
                compared++;
                if (x == y) identical++;
            }
        }
        return (long) compared << 32 | identical;
    }

    /** High bit of each byte lane set exactly when that byte is non-zero (no carries between lanes). */
    static long nonZero8(long v) {
        return (((v & LOW7) + LOW7) | v) & ~LOW7;
    }

    static long nonZero16(long v) {
        return (((v & LOW15) + LOW15) | v) & ~LOW15;
    }

    private static long pack4(short[] s, int i) {
        return (s[i] & 0xFFFFL) | (s[i + 1] & 0xFFFFL) << 16 | (s[i + 2] & 0xFFFFL) << 32 | (s[i + 3] & 0xFFFFL) << 48;
    }
}
