package org.seedprint.registry.cases;

/** Why a court may read a sealed deposit: the depositor agreed, or the court ordered it. */
public enum GrantBasis {
    CONSENT,
    COURT_ORDER
}
