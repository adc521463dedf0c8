package org.seedprint.matcher.io;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seedprint.matcher.profile.GenotypeSink;

/** Keeps what a reader delivered, as "alleles|depths" per sample and locus, for assertions. */
final class RecordingSink implements GenotypeSink {

    final Map<String, Map<Integer, String>> calls = new LinkedHashMap<>();

    @Override
    public void accept(String sample, int locusIndex, String[] alleles, int[] depths) {
        String v = String.join("/", alleles) + (depths == null ? "" : "|" + Arrays.toString(depths));
        String old = calls.computeIfAbsent(sample, s -> new LinkedHashMap<>()).put(locusIndex, v);
        if (old != null) throw new AssertionError("delivered twice: " + sample + " locus " + locusIndex);
    }

    String get(String sample, int locus) {
        return calls.getOrDefault(sample, Map.of()).get(locus);
    }
}
