package org.seedprint.matcher.engine;

/**
 * Receives the pairs of an all-vs-all or block search one at a time, best first, with no object per
 * pair: rows are library rows ({@code a} in the first library, {@code b} in the second, which is the
 * same library for {@link Engine#pairs(double, Thresholds, PairSink)}, where {@code a < b}).
 */
@FunctionalInterface
public interface PairSink {
    void pair(int a, int b, int compared, int identical, double alleleSharing, Classification classification);
}
