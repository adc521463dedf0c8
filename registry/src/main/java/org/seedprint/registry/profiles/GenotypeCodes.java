package org.seedprint.registry.profiles;

/**
 * The stored form of a profile: byte 0 is the code width (1 or 2), then one code per locus in
 * panel order (big-endian when 2). Code 0 is missing. One byte per locus while every locus of the
 * panel has at most 254 genotypes, as in the matcher's byte matrix.
 */
final class GenotypeCodes {

    private GenotypeCodes() {}

    static byte[] encode(int[] codes) {
        int max = 0;
        for (int c : codes) max = Math.max(max, c);
        int width = max <= 0xFE ? 1 : 2;
        byte[] out = new byte[1 + codes.length * width];
        out[0] = (byte) width;
        for (int i = 0; i < codes.length; i++) {
            if (width == 1) {
                out[1 + i] = (byte) codes[i];
            } else {
                out[1 + 2 * i] = (byte) (codes[i] >>> 8);
                out[2 + 2 * i] = (byte) codes[i];
            }
        }
        return out;
    }

    static int locusCount(byte[] stored) {
        return (stored.length - 1) / stored[0];
    }

    static int code(byte[] stored, int locus) {
        return stored[0] == 1
                ? stored[1 + locus] & 0xFF
                : ((stored[1 + 2 * locus] & 0xFF) << 8) | (stored[2 + 2 * locus] & 0xFF);
    }
}
