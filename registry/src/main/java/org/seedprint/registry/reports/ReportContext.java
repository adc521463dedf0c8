package org.seedprint.registry.reports;

import org.jspecify.annotations.Nullable;

/**
 * Who asks for a comparison report, and for what.
 *
 * @param reference      the application number or the court's order reference, if any
 * @param requestedBy    the requesting user's name
 * @param organisationId the organisation that owns the report (the requester's; a court's for a
 *                       court-ordered comparison); null for none
 * @param caseId         the court case a court-ordered comparison is attached to
 */
public record ReportContext(
        Kind kind,
        @Nullable String reference,
        String requestedBy,
        @Nullable Long organisationId,
        @Nullable Long caseId) {

    public ReportContext(Kind kind, @Nullable String reference, String requestedBy, @Nullable Long organisationId) {
        this(kind, reference, requestedBy, organisationId, null);
    }

    public enum Kind {
        APPLICATION,
        COURT_ORDER,
        EXAMINER
    }
}
