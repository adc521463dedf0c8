package org.seedprint.cluster;

import java.util.Arrays;
import java.util.Comparator;
import org.seedprint.matcher.InputFormatException;

/** The position of each row's id in String order, as the matcher's library ranks ties; ids must be unique. */
final class IdRanks {

    private IdRanks() {}

    static int[] of(String[] idOfRow, String source) throws InputFormatException {
        Integer[] order = new Integer[idOfRow.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(i -> idOfRow[i]));
        int[] rank = new int[idOfRow.length];
        for (int k = 0; k < order.length; k++) {
            if (k > 0 && idOfRow[order[k]].equals(idOfRow[order[k - 1]]))
                throw new InputFormatException(source, 0, "id", "duplicate profile id " + idOfRow[order[k]]);
            rank[order[k]] = k;
        }
        return rank;
    }
}
