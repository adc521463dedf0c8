package org.seedprint.matcher.engine;

/**
 * Receives the hits of a multi-query search one at a time, with no object per hit: query by query
 * (in the order given), each query's hits best first.
 */
@FunctionalInterface
public interface HitSink {
    void hit(int query, int row, int compared, int identical, double alleleSharing, Classification classification);
}
