package org.seedprint.matcher.engine;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD kernel on the incubating Vector API: the same SWAR arithmetic as {@link ScalarKernel} on a
 * whole vector of words at once (8 words = 512 bits here), popcounts per lane ({@code BIT_COUNT},
 * one instruction with AVX-512 VPOPCNTQ). Both counts go into one accumulator, compared in the
 * high half of each lane and identical in the low half (a lane counts at most 64 per word), so a
 * row ends with a single lane sum that is already {@code compared << 32 | identical}. The last
 * words of a row (fewer than a vector) go through {@link ScalarKernel}'s SWAR loop: the same counts,
 * and several times faster than a masked vector there. Loaded only by {@link Kernels} after checking that the module is present, so
 * the rest of the matcher runs without it.
 */
final class VectorKernel implements Kernel {

    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final int STEP = LONGS.length();

    @Override
    public String name() {
        return "vector-" + LONGS.vectorBitSize();
    }

    @Override
    public long count(long[] q, long[] called, int qOff, long[] lib, int libOff, int words, long high) {
        LongVector h = LongVector.broadcast(LONGS, high), low = LongVector.broadcast(LONGS, ~high);
        LongVector acc = LongVector.zero(LONGS);
        int i = 0;
        for (int bound = LONGS.loopBound(words); i < bound; i += STEP) {
            LongVector x = LongVector.fromArray(LONGS, lib, libOff + i);
            acc = acc.add(one(x, nonZero(x, low, h), q, called, qOff + i, low, h));
        }
        long packed = acc.reduceLanes(VectorOperators.ADD);
        // the last words (fewer than a vector) in scalar SWAR: masked vectors there ran several
        // times slower than the whole row (the JIT left them to the Vector API's Java fallback)
        return i < words ? packed + ScalarKernel.counts(q, called, qOff + i, lib, libOff + i, words - i, high) : packed;
    }

    @Override
    public long countRows(long[] a, int aOff, long[] b, int bOff, int words, long high) {
        LongVector h = LongVector.broadcast(LONGS, high), low = LongVector.broadcast(LONGS, ~high);
        LongVector acc = LongVector.zero(LONGS);
        int i = 0;
        for (int bound = LONGS.loopBound(words); i < bound; i += STEP) {
            acc = acc.add(
                    rows(LongVector.fromArray(LONGS, a, aOff + i), LongVector.fromArray(LONGS, b, bOff + i), low, h));
        }
        long packed = acc.reduceLanes(VectorOperators.ADD);
        return i < words ? packed + ScalarKernel.countsOfRows(a, aOff + i, b, bOff + i, words - i, high) : packed;
    }

    /** One query's packed counts over one vector of library words {@code x} (non-zero lanes {@code nz}). */
    private static LongVector one(
            LongVector x, LongVector nz, long[] qs, long[] called, int at, LongVector low, LongVector h) {
        LongVector differ = nonZero(x.lanewise(VectorOperators.XOR, LongVector.fromArray(LONGS, qs, at)), low, h);
        return counts(nz, LongVector.fromArray(LONGS, called, at), differ);
    }

    /** Packed counts of two library vectors. */
    private static LongVector rows(LongVector x, LongVector y, LongVector low, LongVector h) {
        return counts(nonZero(x, low, h), nonZero(y, low, h), nonZero(x.lanewise(VectorOperators.XOR, y), low, h));
    }

    /** {@code popcount(nz & called) << 32 | popcount(nz & ~differ)} per lane. */
    private static LongVector counts(LongVector nz, LongVector called, LongVector differ) {
        LongVector compared = nz.and(called).lanewise(VectorOperators.BIT_COUNT);
        LongVector identical = nz.lanewise(VectorOperators.AND_NOT, differ).lanewise(VectorOperators.BIT_COUNT);
        return compared.lanewise(VectorOperators.LSHL, 32).add(identical);
    }

    private static LongVector nonZero(LongVector v, LongVector low, LongVector high) {
        return v.and(low).add(low).or(v).and(high);
    }
}
