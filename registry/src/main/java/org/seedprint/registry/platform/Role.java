package org.seedprint.registry.platform;

/** What a signed-in user may do; anonymous users are the public and have no role. */
public enum Role {
    BREEDER,
    EXAMINER,
    COURT,
    ADMINISTRATOR;

    /** The Spring Security authority name, e.g. ROLE_BREEDER. */
    public String authority() {
        return "ROLE_" + name();
    }
}
