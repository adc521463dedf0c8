package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.QcColumns;
import org.seedprint.matcher.profile.SampleIds;

/**
 * Consecutive profiles of a library, rows {@code [firstRow, firstRow + size())}, as one Spark
 * record: their ids, the rank of each id among all ids of the library (the single-machine
 * ranking breaks ties by id), their rows of the library's {@link CodeMatrix} (the packed 64-bit
 * words, {@link PanelDictionary#bits()} per call) and their QC, so that a task rebuilds the
 * block's library without recomputing anything.
 *
 * @param index   block number: rows {@code index * blockRows} onwards
 * @param idRanks position of each id in the library's id order (String order)
 */
public record ProfileBlock(
        int index,
        int firstRow,
        String[] ids,
        int[] idRanks,
        long[] words,
        float[] callRate,
        float[] meanDepth,
        float[] multiAllelicShare)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public int size() {
        return ids.length;
    }

    /** Rows {@code [from, to)} of a library, copied. */
    public static ProfileBlock slice(Library lib, int index, int from, int to) {
        return of(lib.slice(from, to), index, from, Arrays.copyOfRange(ranks(lib), from, to));
    }

    /** A library of the rows from {@code firstRow} on, whose ids have these ranks in the whole library. */
    public static ProfileBlock of(Library rows, int index, int firstRow, int[] idRanks) {
        String[] ids = new String[rows.size()];
        for (int r = 0; r < ids.length; r++) ids[r] = rows.id(r);
        QcColumns qc = rows.qcColumns();
        return new ProfileBlock(
                index,
                firstRow,
                ids,
                idRanks,
                rows.codes().words(),
                qc.callRate(),
                qc.meanDepth(),
                qc.multiAllelicShare());
    }

    /**
     * These profiles as a matcher library over the codebook's panel and dictionary, which every
     * block of a task shares, so that the engine compares two blocks' codes as they are.
     */
    public Library library(Codebook book) {
        CodeMatrix codes = CodeMatrix.wrap(book.bits(), ids.length, book.panel().size(), words);
        return Library.of(
                book.panel(),
                book.dictionary(),
                SampleIds.of(ids),
                codes,
                new QcColumns(callRate, meanDepth, multiAllelicShare),
                null);
    }

    private static int[] ranks(Library lib) {
        int[] out = new int[lib.size()];
        for (int r = 0; r < out.length; r++) out[r] = lib.idRank(r);
        return out;
    }
}
