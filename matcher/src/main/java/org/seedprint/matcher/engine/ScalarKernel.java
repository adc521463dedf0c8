package org.seedprint.matcher.engine;

/** The portable kernel: branch-free integer arithmetic, one code at a time. */
final class ScalarKernel implements Kernel {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public long count(byte[] a, int aOff, byte[] b, int bOff, int len) {
        int compared = 0, identical = 0;
        for (int i = 0; i < len; i++) {
            int x = a[aOff + i] & 0xFF, y = b[bOff + i] & 0xFF;
            // (x-1)|(y-1) is negative exactly when one code is 0 (missing)
            int both = (((x - 1) | (y - 1)) >>> 31) ^ 1;
            compared += both;
            identical += both & (((x ^ y) - 1) >>> 31);
        }
        return (long) compared << 32 | identical;
    }

    @Override
    public long count(short[] a, int aOff, short[] b, int bOff, int len) {
        int compared = 0, identical = 0;
        for (int i = 0; i < len; i++) {
            int x = a[aOff + i] & 0xFFFF, y = b[bOff + i] & 0xFFFF;
            int both = (((x - 1) | (y - 1)) >>> 31) ^ 1;
            compared += both;
            identical += both & (((x ^ y) - 1) >>> 31);
        }
        return (long) compared << 32 | identical;
    }
}
