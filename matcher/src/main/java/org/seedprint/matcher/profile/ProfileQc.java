package org.seedprint.matcher.profile;

/**
 * Quality figures of one profile.
 *
 * @param callRate          called loci / panel loci
 * @param meanDepth         mean total read depth over called loci with known depth; NaN when none
 * @param multiAllelicShare called loci with more than one allele / called loci (0 when none called)
 */
public record ProfileQc(double callRate, double meanDepth, double multiAllelicShare) {}
