package org.seedprint.registry.profiles;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where a profile's genotypes came from: lab, method, assay date and the SHA-256 of the source file. */
public record Provenance(
        @Nullable String lab,
        @Nullable String method,
        @Nullable LocalDate assayedOn,
        String sourceSha256) {}
