package org.seedprint.registry.examination;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.audit.AuditChanges;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** The audit events of examination: every change of an application or batch is one. */
@Component
class ExaminationAudit {

    static final String FILE = "examination.file";
    static final String SCREEN = "examination.screen";
    static final String DECIDE = "examination.decide";
    static final String COUNTERSIGN = "examination.countersign";
    static final String REOPEN = "examination.reopen";
    static final String REPORT = "examination.report";
    static final String BATCH = "examination.batch";

    private final AuditTrail audit;

    ExaminationAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** An application's change, owned by its applicant (who can list it), by the current user. */
    void application(String action, Application a, Map<String, ? extends @Nullable Object> detail) {
        audit.record(new AuditEntry(
                action,
                "application:" + a.number(),
                a.applicantOrganisationId(),
                AuditOutcome.SUCCESS,
                AuditChanges.json(detail)));
    }

    /** The same, by a background job acting for {@code actor} (the batch's submitter). */
    void application(
            String action, Application a, Map<String, ? extends @Nullable Object> detail, @Nullable String actor) {
        audit.record(
                new AuditEntry(
                        action,
                        "application:" + a.number(),
                        a.applicantOrganisationId(),
                        AuditOutcome.SUCCESS,
                        AuditChanges.json(detail)),
                actor == null ? AuditTrail.SYSTEM : actor,
                null);
    }

    void batch(
            long batchId,
            AuditOutcome outcome,
            Map<String, ? extends @Nullable Object> detail,
            @Nullable String actor) {
        audit.record(
                new AuditEntry(BATCH, "examination-batch:" + batchId, null, outcome, AuditChanges.json(detail)),
                actor == null ? AuditTrail.SYSTEM : actor,
                null);
    }
}
