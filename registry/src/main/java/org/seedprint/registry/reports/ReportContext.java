package org.seedprint.registry.reports;

import org.jspecify.annotations.Nullable;

/**
 * Who asks for a comparison report, and for what.
 *
 * @param reference      the application number or the court case id, if any
 * @param requestedBy    the requesting user's name
 * @param organisationId the requester's organisation, which owns the report; null for none
 */
public record ReportContext(
        Kind kind,
        @Nullable String reference,
        String requestedBy,
        @Nullable Long organisationId) {

    public enum Kind {
        APPLICATION,
        COURT_ORDER,
        EXAMINER
    }
}
