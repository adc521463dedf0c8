package org.seedprint.registry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * One stored audit event, a link of the hash chain.
 *
 * @param seq            position in the chain, from 1, without gaps
 * @param previousDigest digest of event {@code seq - 1} (64 zeros for the first)
 * @param digest         SHA-256 over the previous digest and this event's {@link #canonicalForm()}
 */
public record AuditEvent(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String subject,
        @Nullable Long subjectOrganisationId,
        AuditOutcome outcome,
        @Nullable String remoteAddress,
        @Nullable String detail,
        String previousDigest,
        String digest) {

    static final String GENESIS = "0".repeat(64);
    private static final String DOMAIN = "seedprint-audit-v1";

    /**
     * Every field except the digests, each as {@code <UTF-8 byte length>:<value>} and a missing
     * value as {@code ~}, so no two different events share a form.
     */
    public String canonicalForm() {
        StringBuilder b = new StringBuilder();
        for (Object field : new Object[] {
            seq, occurredAt, actor, action, subject, subjectOrganisationId, outcome, remoteAddress, detail
        }) {
            if (field == null) {
                b.append('~');
            } else {
                String s = field.toString();
                b.append(s.getBytes(StandardCharsets.UTF_8).length).append(':').append(s);
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The digest this event should carry, recomputed from its fields. */
    public String expectedDigest() {
        return chain(previousDigest, canonicalForm());
    }

    AuditEvent signed() {
        return new AuditEvent(
                seq,
                occurredAt,
                actor,
                action,
                subject,
                subjectOrganisationId,
                outcome,
                remoteAddress,
                detail,
                previousDigest,
                expectedDigest());
    }

    static String chain(String previousDigest, String canonicalForm) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((DOMAIN + "\n" + previousDigest + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(canonicalForm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
