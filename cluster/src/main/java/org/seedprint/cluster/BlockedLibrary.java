package org.seedprint.cluster;

import org.apache.spark.api.java.JavaRDD;

/**
 * A library as the jobs see it: what its codes mean, its size, and its profiles cut into blocks of
 * {@code blockRows} consecutive rows (block {@code b} holds rows {@code [b * blockRows, ...)}), one
 * block per partition.
 *
 * @param source the file or dataset it was read from, for messages
 */
public record BlockedLibrary(
        String source, PanelDictionary panel, int size, int blockRows, JavaRDD<ProfileBlock> blocks) {

    public int blockCount() {
        return (size + blockRows - 1) / blockRows;
    }
}
