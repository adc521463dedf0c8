package org.seedprint.matcher.engine;

import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;

/** A query encoded against the library's dictionary, in the library's code width. */
final class QueryRow {
    final byte[] narrow;
    final short[] wide;
    final int[] codes;
    final int[] suffix;

    QueryRow(int[] codes, int[] suffix, boolean isNarrow) {
        this.codes = codes;
        this.suffix = suffix;
        if (isNarrow) {
            narrow = new byte[codes.length];
            for (int l = 0; l < codes.length; l++) {
                narrow[l] = codes[l] == AlleleDictionary.UNSEEN ? Library.NARROW_UNSEEN : (byte) codes[l];
            }
            wide = null;
        } else {
            wide = new short[codes.length];
            for (int l = 0; l < codes.length; l++) {
                wide[l] = codes[l] == AlleleDictionary.UNSEEN ? Library.WIDE_UNSEEN : (short) codes[l];
            }
            narrow = null;
        }
    }

    /** Code at a locus; unseen genotypes get -1, which equals no library code. */
    int code(int l) {
        return codes[l];
    }
}
