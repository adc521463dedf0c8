package org.seedprint.registry.cases;

import org.seedprint.registry.platform.Role;

/**
 * Why an organisation may read a sealed deposit, which role its users need to use the grant, and
 * who may revoke it. Every basis goes through the same {@link AccessPolicy} and the same
 * sealed-read audit.
 */
public enum GrantBasis {
    /** The depositor consents that a case's court reads its deposit; the depositor or that court may revoke. */
    CONSENT(Role.COURT),
    /** A court's order in one of its cases, with the order's reference; only that court may lift it. */
    COURT_ORDER(Role.COURT),
    /**
     * An access agreement of benefit sharing: after the depositor approves an access request, the
     * requesting breeder organisation reads the deposit. The depositor or the grantee may end it.
     */
    ACCESS_AGREEMENT(Role.BREEDER);

    private final Role reader;

    GrantBasis(Role reader) {
        this.reader = reader;
    }

    /** The role a user of the grantee organisation needs to read under a grant of this basis. */
    public Role reader() {
        return reader;
    }

    /** Whether a grant of this basis belongs to a court case. */
    public boolean ofCase() {
        return this != ACCESS_AGREEMENT;
    }

    /** Whether the depositor's breeders may revoke a grant of this basis (a court order is the court's). */
    boolean revocableByDepositor() {
        return this != COURT_ORDER;
    }

    /** Whether the grantee's own users may revoke (a court for its case's grants; a breeder renouncing an agreement). */
    boolean revocableByGrantee() {
        return true;
    }
}
