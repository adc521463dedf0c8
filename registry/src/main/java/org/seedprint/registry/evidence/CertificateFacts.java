package org.seedprint.registry.evidence;

import java.time.Instant;
import java.util.List;
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
 * @param annex      lines printed on pages after the first (a report's differing loci), often empty
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
        long logIndex,
        List<String> annex) {

    public CertificateFacts {
        annex = List.copyOf(annex);
    }

    /** Facts that fit on one page. */
    public CertificateFacts(
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
            long logIndex) {
        this(
                kind,
                id,
                depositor,
                organisation,
                owner,
                crop,
                material,
                visibility,
                sha256,
                time,
                timestamp,
                logIndex,
                List.of());
    }
}
