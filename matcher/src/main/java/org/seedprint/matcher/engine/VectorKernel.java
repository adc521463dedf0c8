package org.seedprint.matcher.engine;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD kernel on the incubating Vector API: the same SWAR arithmetic as {@link ScalarKernel} on a
 * whole vector of words at once (8 words = 512 bits here), popcounts per lane
 * ({@code BIT_COUNT}, one instruction with AVX-512 VPOPCNTQ), summed at the end of the row; the
 * last words of a row go through the scalar code. Loaded only by {@link Kernels} after checking
 * that the module is present, so the rest of the matcher runs without it.
 */
final class VectorKernel implements Kernel {

    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;

    @Override
    public String name() {
        return "vector-" + LONGS.vectorBitSize();
    }

    @Override
    public long count(long[] q, long[] called, int qOff, long[] lib, int libOff, int words, long high) {
        LongVector h = LongVector.broadcast(LONGS, high), low = LongVector.broadcast(LONGS, ~high);
        LongVector comparedAcc = LongVector.zero(LONGS), identicalAcc = LongVector.zero(LONGS);
        int i = 0;
        for (int bound = LONGS.loopBound(words); i < bound; i += LONGS.length()) {
            LongVector x = LongVector.fromArray(LONGS, lib, libOff + i);
            LongVector nz = nonZero(x, low, h);
            comparedAcc = comparedAcc.add(
                    nz.and(LongVector.fromArray(LONGS, called, qOff + i)).lanewise(VectorOperators.BIT_COUNT));
            LongVector differ =
                    nonZero(x.lanewise(VectorOperators.XOR, LongVector.fromArray(LONGS, q, qOff + i)), low, h);
            identicalAcc = identicalAcc.add(
                    nz.lanewise(VectorOperators.AND_NOT, differ).lanewise(VectorOperators.BIT_COUNT));
        }
        long tail = i < words ? Kernels.scalar().count(q, called, qOff + i, lib, libOff + i, words - i, high) : 0;
        return tail
                + (comparedAcc.reduceLanes(VectorOperators.ADD) << 32)
                + identicalAcc.reduceLanes(VectorOperators.ADD);
    }

    @Override
    public long countRows(long[] a, int aOff, long[] b, int bOff, int words, long high) {
        LongVector h = LongVector.broadcast(LONGS, high), low = LongVector.broadcast(LONGS, ~high);
        LongVector comparedAcc = LongVector.zero(LONGS), identicalAcc = LongVector.zero(LONGS);
        int i = 0;
        for (int bound = LONGS.loopBound(words); i < bound; i += LONGS.length()) {
            LongVector x = LongVector.fromArray(LONGS, a, aOff + i), y = LongVector.fromArray(LONGS, b, bOff + i);
            LongVector nx = nonZero(x, low, h);
            comparedAcc = comparedAcc.add(nx.and(nonZero(y, low, h)).lanewise(VectorOperators.BIT_COUNT));
            LongVector differ = nonZero(x.lanewise(VectorOperators.XOR, y), low, h);
            identicalAcc = identicalAcc.add(
                    nx.lanewise(VectorOperators.AND_NOT, differ).lanewise(VectorOperators.BIT_COUNT));
        }
        long tail = i < words ? Kernels.scalar().countRows(a, aOff + i, b, bOff + i, words - i, high) : 0;
        return tail
                + (comparedAcc.reduceLanes(VectorOperators.ADD) << 32)
                + identicalAcc.reduceLanes(VectorOperators.ADD);
    }

    private static LongVector nonZero(LongVector v, LongVector low, LongVector high) {
        return v.and(low).add(low).or(v).and(high);
    }
}
