package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import org.seedprint.matcher.profile.Library;

/**
 * Consecutive profiles of a library, rows {@code [firstRow, firstRow + size())}, as one Spark
 * record: their ids, the rank of each id among all ids of the library (the single-machine
 * ranking breaks ties by id), and their genotype codes row after row (1 or 2 bytes per locus,
 * as {@link PanelDictionary#codeBytes()} says).
 *
 * @param index    block number: rows {@code index * blockRows} onwards
 * @param idRanks  position of each id in the library's id order (String order)
 */
public record Block(int index, int firstRow, String[] ids, int[] idRanks, byte[] codes) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public int size() {
        return ids.length;
    }

    /** Rows {@code [from, to)} of a library, codes copied. */
    public static Block slice(Library lib, int index, int from, int to) {
        int m = lib.locusCount();
        int n = to - from;
        String[] ids = new String[n];
        int[] ranks = new int[n];
        for (int r = 0; r < n; r++) {
            ids[r] = lib.id(from + r);
            ranks[r] = lib.idRank(from + r);
        }
        byte[] codes;
        if (!lib.isWide()) {
            codes = new byte[n * m];
            System.arraycopy(lib.narrowMatrix(), from * m, codes, 0, n * m);
        } else {
            short[] wide = lib.wideMatrix();
            boolean fitsByte = lib.dictionary().maxGenotypeCount() <= Library.NARROW_MAX_CODE;
            codes = new byte[n * m * (fitsByte ? 1 : 2)];
            for (int k = 0, base = from * m; k < n * m; k++) {
                int c = wide[base + k] & 0xFFFF;
                if (fitsByte) {
                    codes[k] = (byte) c;
                } else {
                    codes[2 * k] = (byte) c;
                    codes[2 * k + 1] = (byte) (c >>> 8);
                }
            }
        }
        return new Block(index, from, ids, ranks, codes);
    }

    /**
     * These profiles as a matcher library over the codebook's panel and dictionary, which every
     * block of a task shares: the engine then compares codes without re-encoding.
     */
    public Library library(Codebook book) {
        if (book.codeBytes() == 1) return Library.of(book.panel(), book.dictionary(), ids, codes, null, null, null, null, null);
        short[] wide = new short[codes.length / 2];
        for (int k = 0; k < wide.length; k++) wide[k] = (short) ((codes[2 * k] & 0xFF) | (codes[2 * k + 1] & 0xFF) << 8);
        return Library.of(book.panel(), book.dictionary(), ids, null, wide, null, null, null, null);
    }
}
