package org.seedprint.matcher.engine;

import java.util.List;

/** A compared locus where two profiles differ, with both genotypes as sorted allele strings. */
public record DifferingLocus(int index, String locusId, List<String> first, List<String> second) {}
