package org.seedprint.registry.matching;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * A genotype file a user uploads to be screened.
 *
 * @param name   the file's name as the user knows it: what every error names
 * @param format {@code TSV}, {@code VCF} or {@code HAPMAP}, or null to tell from the content
 */
public record GenotypeUpload(
        String name, InputStreamSource data, @Nullable String format) {}
