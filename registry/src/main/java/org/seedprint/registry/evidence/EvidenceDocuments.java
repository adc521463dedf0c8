package org.seedprint.registry.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing any evidence document (a deposit, a comparison report, an agreement) the one way:
 * canonical JSON (RFC 8785), its SHA-256, an RFC 3161 time-stamp over it, and an entry
 * {@code <kind> <uuid> sha256:<hex>} in the transparency log; later the re-check of what is
 * stored. The owning area stores the record, the digest, the time-stamp and the leaf index
 * itself; certificates come from {@link Certificates#issue}.
 */
@Service
public class EvidenceDocuments {

    /** A document made canonical and time-stamped, not yet logged. */
    public record Stamped(String kind, UUID id, byte[] content, byte[] sha256, byte[] timestamp) {}

    /**
     * What a re-check found.
     *
     * @param timestamp  the time-stamp's time, when the token verified
     * @param checkpoint the newest signed checkpoint the document was proven in, when it was
     */
    public record Check(
            boolean valid,
            String reason,
            @Nullable Instant timestamp,
            @Nullable String checkpoint) {}

    private final TimestampAuthority tsa;
    private final TransparencyLog log;

    EvidenceDocuments(TimestampAuthority tsa, TransparencyLog log) {
        this.tsa = tsa;
        this.log = log;
    }

    /**
     * Step one, outside any transaction (the time-stamp is slow): the record's canonical bytes,
     * their digest and a time-stamp over it.
     *
     * @param kind   lower-case document kind, e.g. {@code deposit}; names the log entry and the certificate
     * @param record plain values only (maps, lists, strings, booleans, integers): see {@link CanonicalJson}
     */
    public Stamped stamp(String kind, UUID id, Map<String, Object> record) {
        byte[] content = CanonicalJson.bytes(record);
        byte[] sha256 = sha256(content);
        return new Stamped(kind, id, content, sha256, tsa.stamp(sha256));
    }

    /**
     * Step two, inside the transaction that stores the document: its entry in the transparency
     * log, committed with the document or not at all. Returns the leaf index to keep with it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long log(Stamped document) {
        return log.append(logKind(document.kind()), entry(document.kind(), document.id(), document.sha256()))
                .index();
    }

    /** The log entry of a document: what a court hashes by hand, and what the verifier checks. */
    public static byte[] entry(String kind, UUID id, byte[] sha256) {
        return (kind + " " + id + " sha256:" + HexFormat.of().formatHex(sha256)).getBytes(StandardCharsets.US_ASCII);
    }

    /** The kind column of the log's entries of one document kind (an area audits its own against it). */
    public static String logKind(String kind) {
        return kind.toUpperCase(Locale.ROOT);
    }

    /**
     * Re-checks a stored document: its time-stamp against the digest, the stored content against
     * the digest, and its log entry's inclusion in the newest signed checkpoint.
     */
    @Transactional(readOnly = true)
    public Check recheck(String kind, UUID id, byte[] sha256, byte[] content, byte[] timestamp, long logIndex) {
        Instant time = null;
        try {
            time = tsa.verify(timestamp, sha256).getTimeStampInfo().getGenTime().toInstant();
            if (!Arrays.equals(sha256(content), sha256)) {
                throw new ProofException("stored content does not match the digest");
            }
            SignedCheckpoint cp =
                    log.latest().orElseThrow(() -> new ProofException("the log has no signed checkpoint"));
            long size = cp.checkpoint().size();
            Merkle.verifyInclusion(
                    logIndex,
                    size,
                    Merkle.leafHash(entry(kind, id, sha256)),
                    log.inclusionProof(logIndex, size),
                    cp.checkpoint().rootHash());
            return new Check(
                    true,
                    "time-stamp, content digest and inclusion in the newest signed checkpoint verify",
                    time,
                    cp.note());
        } catch (ProofException | IllegalStateException e) {
            return new Check(false, String.valueOf(e.getMessage()), time, null);
        }
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
