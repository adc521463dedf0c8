package org.seedprint.registry.audit;

import java.util.UUID;

/** Action names shared between areas, so that queries and the depositor's access list agree. */
public final class AuditActions {
    public static final String SIGN_IN = "account.sign-in";
    public static final String TOKEN_USE = "token.use";
    public static final String TOKEN_CREATE = "token.create";
    public static final String TOKEN_REVOKE = "token.revoke";
    public static final String USER_CREATE = "account.user-create";
    public static final String ORGANISATION_CREATE = "account.organisation-create";
    public static final String PASSWORD_CHANGE = "account.password-change";
    /** Any read of a deposit's sealed content; the subject is {@code deposit:<uuid>}. */
    public static final String SEALED_READ = "deposit.sealed-read";

    /** A deposit taken; the subject is {@code deposit:<uuid>}, owned by the depositor. */
    public static final String DEPOSIT_CREATE = "deposit.create";

    public static final String CERTIFICATE_ISSUE = certificateIssue("deposit");
    public static final String CASE_OPEN = "case.open";
    public static final String CASE_ATTACH = "case.attach";
    public static final String GRANT = "case.grant";
    public static final String GRANT_REVOKE = "case.grant-revoke";
    public static final String THRESHOLD_CHANGE = "crop.threshold-change";
    public static final String IMPORT = "library.import";
    public static final String VARIETY_CREATE = "variety.create";
    public static final String VARIETY_CHANGE = "variety.change";
    public static final String VARIETY_OWNER_CHANGE = "variety.owner-change";

    private AuditActions() {}

    /** The subject string of a deposit, as used by {@link #SEALED_READ} events. */
    public static String depositSubject(UUID depositId) {
        return "deposit:" + depositId;
    }

    /** Handing out a certificate of an evidence document of this kind, e.g. {@code deposit.certificate-issue}. */
    public static String certificateIssue(String documentKind) {
        return documentKind + ".certificate-issue";
    }
}
