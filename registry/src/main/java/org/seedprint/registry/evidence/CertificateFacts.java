package org.seedprint.registry.evidence;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a certificate states about one logged record (a deposit, later a comparison report).
 *
 * @param owner      the organisation the record belongs to (audited with each certificate issued), or null
 * @param material   what was deposited, or a note that it is sealed
 * @param sha256     digest of the record's canonical content
 * @param timestamp  the RFC 3161 time-stamp response over {@code sha256}
 * @param logIndex   the record's leaf index in the transparency log
 */
public record CertificateFacts(
        String kind,
        UUID id,
        String depositor,
        @Nullable String organisation,
        @Nullable Long owner,
        String crop,
        String material,
        String visibility,
        byte[] sha256,
        Instant time,
        byte[] timestamp,
        long logIndex) {}
