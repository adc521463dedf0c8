package org.seedprint.registry.reports;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An issued comparison report: its id, digest and log index, and the signed document itself.
 *
 * @param document the canonical JSON the digest is over, parsed
 */
public record ComparisonReport(UUID id, String sha256, long logIndex, Instant issuedAt, Map<String, Object> document) {}
