package org.seedprint.registry.imports;

/** A row an import refused, and why: file, 1-based line (0 when not line-based), field. */
public record Rejection(String source, long line, String field, String reason) {}
