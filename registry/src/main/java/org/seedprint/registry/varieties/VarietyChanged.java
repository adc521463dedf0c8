package org.seedprint.registry.varieties;

/** Published inside the writing transaction; listeners that index act after it commits. */
public record VarietyChanged(long varietyId) {}
