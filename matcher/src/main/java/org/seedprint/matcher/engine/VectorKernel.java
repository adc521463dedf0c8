package org.seedprint.matcher.engine;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD kernel on the incubating Vector API: compares a whole vector of codes at once and counts
 * mask bits. Loaded only by {@link Kernels} after checking that the module is present, so the
 * rest of the matcher runs without it. Tails use a lane mask instead of a scalar loop.
 */
final class VectorKernel implements Kernel {

    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_PREFERRED;

    @Override
    public String name() {
        return "vector-" + BYTES.vectorBitSize();
    }

    @Override
    public long count(byte[] a, int aOff, byte[] b, int bOff, int len) {
        int compared = 0, identical = 0;
        int lanes = BYTES.length();
        int i = 0;
        for (int bound = BYTES.loopBound(len); i < bound; i += lanes) {
            ByteVector x = ByteVector.fromArray(BYTES, a, aOff + i);
            ByteVector y = ByteVector.fromArray(BYTES, b, bOff + i);
            VectorMask<Byte> both = x.compare(VectorOperators.NE, 0).and(y.compare(VectorOperators.NE, 0));
            compared += both.trueCount();
            identical += x.compare(VectorOperators.EQ, y).and(both).trueCount();
        }
        if (i < len) {
            VectorMask<Byte> in = BYTES.indexInRange(i, len);
            ByteVector x = aOff + i + lanes <= a.length
                    ? ByteVector.fromArray(BYTES, a, aOff + i)
                    : ByteVector.fromArray(BYTES, a, aOff + i, in);
            ByteVector y = bOff + i + lanes <= b.length
                    ? ByteVector.fromArray(BYTES, b, bOff + i)
                    : ByteVector.fromArray(BYTES, b, bOff + i, in);
            VectorMask<Byte> both = x.compare(VectorOperators.NE, 0)
                    .and(y.compare(VectorOperators.NE, 0))
                    .and(in);
            compared += both.trueCount();
            identical += x.compare(VectorOperators.EQ, y).and(both).trueCount();
        }
        return (long) compared << 32 | identical;
    }

    @Override
    public long count(short[] a, int aOff, short[] b, int bOff, int len) {
        int compared = 0, identical = 0;
        int lanes = SHORTS.length();
        int i = 0;
        for (int bound = SHORTS.loopBound(len); i < bound; i += lanes) {
            ShortVector x = ShortVector.fromArray(SHORTS, a, aOff + i);
            ShortVector y = ShortVector.fromArray(SHORTS, b, bOff + i);
            VectorMask<Short> both = x.compare(VectorOperators.NE, 0).and(y.compare(VectorOperators.NE, 0));
            compared += both.trueCount();
            identical += x.compare(VectorOperators.EQ, y).and(both).trueCount();
        }
        if (i < len) {
            VectorMask<Short> in = SHORTS.indexInRange(i, len);
            ShortVector x = aOff + i + lanes <= a.length
                    ? ShortVector.fromArray(SHORTS, a, aOff + i)
                    : ShortVector.fromArray(SHORTS, a, aOff + i, in);
            ShortVector y = bOff + i + lanes <= b.length
                    ? ShortVector.fromArray(SHORTS, b, bOff + i)
                    : ShortVector.fromArray(SHORTS, b, bOff + i, in);
            VectorMask<Short> both = x.compare(VectorOperators.NE, 0)
                    .and(y.compare(VectorOperators.NE, 0))
                    .and(in);
            compared += both.trueCount();
            identical += x.compare(VectorOperators.EQ, y).and(both).trueCount();
        }
        return (long) compared << 32 | identical;
    }
}
