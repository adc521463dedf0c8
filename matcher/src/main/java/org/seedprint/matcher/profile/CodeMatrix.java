package org.seedprint.matcher.profile;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The genotype codes of all profiles of a library, profile-major, packed into 64-bit words: a
 * code takes 2, 4, 8 or 16 bits (a <em>lane</em>), lane {@code k} of a word holds bits
 * {@code [k*bits, (k+1)*bits)}, and each row starts on a word of its own (the last word of a row
 * is padded with 0 = missing). The width is the narrowest that holds every code of the library:
 * {@link Packed2} when every locus has at most 3 genotypes (biallelic SNP panels), {@link Packed4}
 * at most 15, {@link Bytes} at most {@value Library#NARROW_MAX_CODE}, else {@link Shorts}. The
 * kernels count on whole words whatever the width, so they dispatch on the type once, through
 * {@link #highBits()}.
 *
 * <p>Immutable once built: the words are shared with the engine and the index writer, read-only by
 * contract.
 */
public abstract sealed class CodeMatrix
        permits CodeMatrix.Packed2, CodeMatrix.Packed4, CodeMatrix.Bytes, CodeMatrix.Shorts {

    private final int rows;
    private final int loci;
    private final int bits;
    private final int lanesShift;
    private final int wordsPerRow;
    private final long laneMask;
    private final long[] words;

    private CodeMatrix(int bits, int rows, int loci, long[] words) {
        if (rows < 0 || loci < 1) throw new IllegalArgumentException("bad shape " + rows + " x " + loci);
        this.bits = bits;
        this.rows = rows;
        this.loci = loci;
        this.lanesShift = Integer.numberOfTrailingZeros(64 / bits);
        this.wordsPerRow = wordsPerRow(bits, loci);
        this.laneMask = bits == 64 ? -1L : (1L << bits) - 1;
        if (words.length != (long) rows * wordsPerRow)
            throw new IllegalArgumentException(
                    "matrix has " + words.length + " words, needs " + rows + " x " + wordsPerRow);
        this.words = words;
    }

    /** 2 bits per call: codes 0..3. */
    public static final class Packed2 extends CodeMatrix {
        Packed2(int rows, int loci, long[] words) {
            super(2, rows, loci, words);
        }
    }

    /** 4 bits per call: codes 0..15. */
    public static final class Packed4 extends CodeMatrix {
        Packed4(int rows, int loci, long[] words) {
            super(4, rows, loci, words);
        }
    }

    /** A byte per call: codes 0..254 (0xFF stays free, as in the registry's stored form). */
    public static final class Bytes extends CodeMatrix {
        Bytes(int rows, int loci, long[] words) {
            super(8, rows, loci, words);
        }
    }

    /** A short per call: codes 0..{@value AlleleDictionary#MAX_CODE}. */
    public static final class Shorts extends CodeMatrix {
        Shorts(int rows, int loci, long[] words) {
            super(16, rows, loci, words);
        }
    }

    /** Bits per code of the narrowest layout that holds codes up to {@code maxCode}. */
    public static int bitsFor(int maxCode) {
        if (maxCode < 0 || maxCode > AlleleDictionary.MAX_CODE)
            throw new IllegalArgumentException("code " + maxCode + " out of range");
        if (maxCode <= 3) return 2;
        if (maxCode <= 15) return 4;
        if (maxCode <= Library.NARROW_MAX_CODE) return 8;
        return 16;
    }

    public static int wordsPerRow(int bits, int loci) {
        int lanes = 64 / bits;
        return (loci + lanes - 1) / lanes;
    }

    /** A matrix over existing words (the index reader): {@code bits} is 2, 4, 8 or 16. */
    public static CodeMatrix wrap(int bits, int rows, int loci, long[] words) {
        return switch (bits) {
            case 2 -> new Packed2(rows, loci, words);
            case 4 -> new Packed4(rows, loci, words);
            case 8 -> new Bytes(rows, loci, words);
            case 16 -> new Shorts(rows, loci, words);
            default -> throw new IllegalArgumentException("no layout with " + bits + " bits per code");
        };
    }

    /** A builder of a zeroed matrix in the narrowest layout that holds codes up to {@code maxCode}. */
    public static Builder builder(int maxCode, int rows, int loci) {
        return new Builder(bitsFor(maxCode), rows, loci);
    }

    /** A builder of a zeroed matrix with {@code bits} (2, 4, 8 or 16) per code, wider than needed if asked. */
    public static Builder builderWithBits(int bits, int rows, int loci) {
        highBits(bits);
        return new Builder(bits, rows, loci);
    }

    /** The same codes in another layout (tests and benchmarks force each width with it). */
    public final CodeMatrix withBits(int newBits) {
        Builder b = builderWithBits(newBits, rows, loci);
        for (int r = 0; r < rows; r++)
            for (int l = 0; l < loci; l++) {
                int c = code(r, l);
                if (c != 0) b.set(r, l, c);
            }
        return b.build();
    }

    public final int rows() {
        return rows;
    }

    public final int loci() {
        return loci;
    }

    /** Bits per code: 2, 4, 8 or 16. */
    public final int bits() {
        return bits;
    }

    /** Codes per word. */
    public final int lanes() {
        return 1 << lanesShift;
    }

    public final int wordsPerRow() {
        return wordsPerRow;
    }

    /** The largest code this layout holds. */
    public final int maxCode() {
        return maxCode(bits);
    }

    static int maxCode(int bits) {
        return bits == 8 ? Library.NARROW_MAX_CODE : bits == 16 ? AlleleDictionary.MAX_CODE : (1 << bits) - 1;
    }

    /**
     * The first row holding a code above its locus's limit ({@code limits[l]} = genotypes at locus
     * l), or -1. SWAR: even and odd lanes are checked in fields of twice the width, where
     * {@code (limit + guard) - code} keeps the guard bit exactly when {@code code <= limit}.
     */
    public final int firstRowAbove(int[] limits) {
        if (limits.length != loci)
            throw new IllegalArgumentException("limits for " + limits.length + " loci, matrix has " + loci);
        long even = 0;
        for (int k = 0; k < 64; k += 2 * bits) even |= laneMask << k;
        long guard = 0;
        for (int k = bits; k < 64; k += 2 * bits) guard |= 1L << k;
        long[] limE = new long[wordsPerRow], limO = new long[wordsPerRow];
        int lanes = lanes();
        for (int l = 0; l < loci; l++) {
            int lane = l & (lanes - 1), p = l >>> lanesShift;
            long g = Math.min(limits[l], maxCode());
            if ((lane & 1) == 0) limE[p] |= g << (lane * bits);
            else limO[p] |= g << ((lane - 1) * bits);
        }
        for (int p = 0; p < wordsPerRow; p++) {
            limE[p] |= guard;
            limO[p] |= guard;
        }
        for (int r = 0; r < rows; r++) {
            long ok = guard;
            int base = r * wordsPerRow;
            for (int p = 0; p < wordsPerRow; p++) {
                long x = words[base + p];
                ok &= (limE[p] - (x & even)) & (limO[p] - ((x >>> bits) & even));
            }
            if (ok != guard) return r;
        }
        return -1;
    }

    /** The top bit of every lane: what the kernels need to know of the layout. */
    public final long highBits() {
        return highBits(bits);
    }

    public static long highBits(int bits) {
        return switch (bits) {
            case 2 -> 0xAAAA_AAAA_AAAA_AAAAL;
            case 4 -> 0x8888_8888_8888_8888L;
            case 8 -> 0x8080_8080_8080_8080L;
            case 16 -> 0x8000_8000_8000_8000L;
            default -> throw new IllegalArgumentException("no layout with " + bits + " bits per code");
        };
    }

    /** The words themselves, shared: row {@code r} is {@code [r*wordsPerRow, (r+1)*wordsPerRow)}. Do not modify. */
    public final long[] words() {
        return words;
    }

    public final int code(int row, int locus) {
        long w = words[row * wordsPerRow + (locus >>> lanesShift)];
        return (int) ((w >>> ((locus & ((1 << lanesShift) - 1)) * bits)) & laneMask);
    }

    /** Bytes held by the words. */
    public final long byteSize() {
        return 8L * words.length;
    }

    /** This matrix's first {@code n} rows (a copy). */
    public final CodeMatrix firstRows(int n) {
        return wrap(bits, n, loci, Arrays.copyOf(words, n * wordsPerRow));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + rows + " x " + loci;
    }

    /** Fills a zeroed matrix code by code; {@link #build()} hands it over, once. Not thread-safe. */
    public static final class Builder {
        private final int bits;
        private final int rows;
        private final int loci;
        private final int lanesShift;
        private final int wordsPerRow;
        private final int maxCode;
        private long @Nullable [] words;

        private Builder(int bits, int rows, int loci) {
            this.bits = bits;
            this.rows = rows;
            this.loci = loci;
            this.lanesShift = Integer.numberOfTrailingZeros(64 / bits);
            this.wordsPerRow = wordsPerRow(bits, loci);
            this.maxCode = maxCode(bits);
            this.words = new long[Math.multiplyExact(rows, wordsPerRow)];
        }

        public int bits() {
            return bits;
        }

        /** Sets (or overwrites) a code; 0 is missing. */
        public Builder set(int row, int locus, int code) {
            if (code < 0 || code > maxCode)
                throw new IllegalArgumentException("code " + code + " needs more than " + bits + " bits");
            if (locus < 0 || locus >= loci) throw new IndexOutOfBoundsException("locus " + locus);
            long[] w = words;
            if (w == null) throw new IllegalStateException("already built");
            int at = row * wordsPerRow + (locus >>> lanesShift), shift = (locus & ((1 << lanesShift) - 1)) * bits;
            w[at] = (w[at] & ~(((1L << bits) - 1) << shift)) | (long) code << shift;
            return this;
        }

        /** The code set so far at (row, locus). */
        public int code(int row, int locus) {
            long[] w = words;
            if (w == null) throw new IllegalStateException("already built");
            long word = w[row * wordsPerRow + (locus >>> lanesShift)];
            return (int) ((word >>> ((locus & ((1 << lanesShift) - 1)) * bits)) & ((1L << bits) - 1));
        }

        /** Sets a whole row from unsigned bytes {@code codes[offset .. offset + loci)} (the registry's stored form). */
        public Builder setRow(int row, byte[] codes, int offset) {
            long[] w = words;
            if (w == null) throw new IllegalStateException("already built");
            int lanes = 1 << lanesShift, base = row * wordsPerRow;
            for (int p = 0, l = 0; p < wordsPerRow; p++) {
                long word = 0;
                for (int k = 0; k < lanes && l < loci; k++, l++) {
                    int c = codes[offset + l] & 0xFF;
                    if (c > maxCode)
                        throw new IllegalArgumentException("code " + c + " needs more than " + bits + " bits");
                    word |= (long) c << (k * bits);
                }
                w[base + p] = word;
            }
            return this;
        }

        public CodeMatrix build() {
            return build(rows);
        }

        /** The first {@code n} rows only (fewer rows arrived than planned). */
        public CodeMatrix build(int n) {
            long[] all = words;
            if (all == null) throw new IllegalStateException("already built");
            if (n < 0 || n > rows) throw new IllegalArgumentException("rows " + n + " of " + rows);
            long[] w = n == rows ? all : Arrays.copyOf(all, n * wordsPerRow);
            words = null;
            return wrap(bits, n, loci, w);
        }
    }
}
