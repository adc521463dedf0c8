package org.seedprint.registry.audit;

/** How an audited action ended: done, failed (e.g. wrong password), or refused by a rule. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
