package org.seedprint.matcher.engine;

/**
 * Counts over rows of packed genotype codes ({@link org.seedprint.matcher.profile.CodeMatrix}):
 * compared = lanes called on both sides, identical = compared lanes with equal codes. The layout
 * is given once per engine by {@code high}, the top bit of every lane ({@code CodeMatrix.highBits()});
 * the arithmetic is the same for 2-, 4-, 8- and 16-bit codes. Results are packed as
 * {@code compared << 32 | identical} so the hot loop allocates nothing. Every implementation
 * returns exactly the same counts.
 *
 * <p>A query row comes as its codes (0 where missing <em>or</em> where its genotype is unseen in the
 * library: the packed layouts have no spare code) and a mask of called lanes (high bit set where the
 * query is called, unseen included), so an unseen genotype counts as compared and never identical.
 */
public interface Kernel {

    /** Short name for logs and benchmarks: "scalar" or "vector-512" and so on. */
    String name();

    /** A query row ({@code q}, {@code called} from {@code qOff}) against a library row, over {@code words} words. */
    long count(long[] q, long[] called, int qOff, long[] lib, int libOff, int words, long high);

    /** Two library rows: compared = non-zero on both sides. */
    long countRows(long[] a, int aOff, long[] b, int bOff, int words, long high);

    static int compared(long packed) {
        return (int) (packed >>> 32);
    }

    static int identical(long packed) {
        return (int) packed;
    }
}
