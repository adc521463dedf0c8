package org.seedprint.matcher.engine;

/**
 * A block pair of an all-vs-all search: rows {@code [firstFrom, firstTo)} against rows
 * {@code [secondFrom, secondTo)}. Within one library only pairs with first row &lt; second row are
 * searched, so the diagonal blocks of a partition into blocks i &lt;= j give every pair once.
 */
public record Block(int firstFrom, int firstTo, int secondFrom, int secondTo) {

    public Block {
        if (firstFrom < 0 || firstTo < firstFrom || secondFrom < 0 || secondTo < secondFrom)
            throw new IllegalArgumentException(
                    "bad block " + firstFrom + ".." + firstTo + " x " + secondFrom + ".." + secondTo);
    }

    /** Every pair of a library of {@code n} rows. */
    public static Block all(int n) {
        return new Block(0, n, 0, n);
    }
}
