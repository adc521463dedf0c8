package org.seedprint.registry.audit;

import org.seedprint.registry.evidence.CertificateIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every certificate handed out, for any kind of evidence document. Synchronous on
 * purpose: the event is recorded in the asking request, with its user and client address.
 */
@Component
class CertificateIssues {

    private final AuditTrail audit;

    CertificateIssues(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(CertificateIssued issued) {
        audit.record(new AuditEntry(
                AuditActions.certificateIssue(issued.kind()),
                issued.kind() + ":" + issued.id(),
                issued.ownerOrganisationId(),
                AuditOutcome.SUCCESS,
                "certificate." + issued.format()));
    }
}
