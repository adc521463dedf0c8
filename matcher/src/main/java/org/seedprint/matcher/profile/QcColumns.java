package org.seedprint.matcher.profile;

/**
 * The QC figures of every profile of a library, one array each, parallel to the rows (see
 * {@link ProfileQc}); taken over by {@link Library}, not copied.
 *
 * @param callRate          called loci / panel loci
 * @param meanDepth         mean total read depth, NaN when unknown
 * @param multiAllelicShare called loci with more than one allele / called loci
 */
public record QcColumns(float[] callRate, float[] meanDepth, float[] multiAllelicShare) {

    public QcColumns {
        if (callRate.length != meanDepth.length || callRate.length != multiAllelicShare.length)
            throw new IllegalArgumentException("QC columns of different lengths");
    }

    public int size() {
        return callRate.length;
    }
}
