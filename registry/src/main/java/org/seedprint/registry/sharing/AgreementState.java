package org.seedprint.registry.sharing;

/** An agreement is drafted, then accepted by both parties, after which it never changes. */
public enum AgreementState {
    DRAFT,
    ACCEPTED
}
