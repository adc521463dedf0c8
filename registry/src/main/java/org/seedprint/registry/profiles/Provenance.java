package org.seedprint.registry.profiles;

import java.time.LocalDate;

/** Where a profile's genotypes came from: lab, method, assay date and the SHA-256 of the source file. */
public record Provenance(String lab, String method, LocalDate assayedOn, String sourceSha256) {}
