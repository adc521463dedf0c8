package org.seedprint.registry.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened, as the caller states it; who, when and from where are added by {@link AuditTrail}.
 *
 * @param action                 what was done, e.g. {@link AuditActions#SEALED_READ}
 * @param subject                what it was done to, e.g. {@code deposit:<uuid>} or {@code user:alice}
 * @param subjectOrganisationId  the organisation owning the subject (lets a depositor list accesses), or null
 * @param outcome                how it ended
 * @param detail                 free text (basis of a grant, reason of a refusal), or null
 */
public record AuditEntry(
        String action,
        String subject,
        @Nullable Long subjectOrganisationId,
        AuditOutcome outcome,
        @Nullable String detail) {

    public AuditEntry {
        Objects.requireNonNull(outcome, "outcome");
        requireText(action, "action", 64);
        requireText(subject, "subject", 256);
    }

    public static AuditEntry of(String action, String subject, AuditOutcome outcome) {
        return new AuditEntry(action, subject, null, outcome, null);
    }

    public AuditEntry ownedBy(Long organisationId) {
        return new AuditEntry(action, subject, organisationId, outcome, detail);
    }

    public AuditEntry withDetail(String text) {
        return new AuditEntry(action, subject, subjectOrganisationId, outcome, text);
    }

    private static void requireText(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("audit " + name + " must be 1-" + max + " characters: " + value);
        }
    }
}
