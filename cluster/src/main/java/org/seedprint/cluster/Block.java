package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;

/**
 * Consecutive profiles of a library, rows {@code [firstRow, firstRow + size())}, as one Spark
 * record: their ids, the rank of each id among all ids of the library (the single-machine
 * ranking breaks ties by id), and their rows of the library's {@link CodeMatrix} (the packed
 * 64-bit words, {@link PanelDictionary#bits()} per call).
 *
 * @param index   block number: rows {@code index * blockRows} onwards
 * @param idRanks position of each id in the library's id order (String order)
 */
public record Block(int index, int firstRow, String[] ids, int[] idRanks, long[] words) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public int size() {
        return ids.length;
    }

    /** Rows {@code [from, to)} of a library, codes copied. */
    public static Block slice(Library lib, int index, int from, int to) {
        String[] ids = new String[to - from];
        int[] ranks = new int[to - from];
        for (int r = from; r < to; r++) {
            ids[r - from] = lib.id(r);
            ranks[r - from] = lib.idRank(r);
        }
        int wpr = lib.codes().wordsPerRow();
        return new Block(index, from, ids, ranks, Arrays.copyOfRange(lib.codes().words(), from * wpr, to * wpr));
    }

    /**
     * These profiles as a matcher library over the codebook's panel and dictionary, which every
     * block of a task shares, so that the engine compares two blocks' codes as they are.
     */
    public Library library(Codebook book) {
        CodeMatrix codes = CodeMatrix.wrap(book.bits(), ids.length, book.panel().size(), words);
        return Library.of(book.panel(), book.dictionary(), ids, codes);
    }
}
