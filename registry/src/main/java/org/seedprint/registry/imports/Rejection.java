package org.seedprint.registry.imports;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A row an import refused, and why: file, 1-based line (0 when not line-based), field. */
@Embeddable
public record Rejection(String source, long line, @Nullable String field, String reason) {}
