package org.seedprint.registry.cases;

import java.util.Optional;
import java.util.UUID;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules that path patterns cannot express: own organisation, and sealed content only with a
 * grant. Services call these before they answer.
 */
@Service
public class AccessPolicy {

    private final CurrentUsers users;
    private final CaseGrants grants;
    private final AuditTrail audit;

    AccessPolicy(CurrentUsers users, CaseGrants grants, AuditTrail audit) {
        this.users = users;
        this.grants = grants;
        this.audit = audit;
    }

    /** Whether the signed-in user is a member of this organisation (a breeder managing its own records). */
    public boolean isOwnOrganisation(Long organisationId) {
        return organisationId != null
                && users.current()
                        .map(u -> organisationId.equals(u.organisationId()))
                        .orElse(false);
    }

    /**
     * Whether the signed-in user may read the deposit's sealed content: a breeder of the
     * depositor, or a court user holding a grant in force. Administrators and examiners may not.
     */
    @Transactional(readOnly = true)
    public boolean canReadSealed(UUID depositId, long depositorOrganisationId) {
        return users.current()
                .map(u -> basis(u, depositId, depositorOrganisationId).isPresent())
                .orElse(false);
    }

    /**
     * Checks and audits a read of sealed content: allowed reads are recorded in the caller's
     * transaction (call this last, just before returning the content); refused reads are recorded
     * on their own and end in {@link Forbidden}.
     */
    @Transactional
    public void checkSealedRead(UUID depositId, long depositorOrganisationId) {
        Optional<CurrentUser> user = users.current();
        Optional<String> basis = user.flatMap(u -> basis(u, depositId, depositorOrganisationId));
        AuditEntry entry = new AuditEntry(
                AuditActions.SEALED_READ,
                AuditActions.depositSubject(depositId),
                depositorOrganisationId,
                basis.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
                basis.orElse("no depositor membership and no grant in force"));
        if (basis.isEmpty()) {
            audit.recordIndependently(entry);
            throw new Forbidden("sealed content of deposit " + depositId + " needs the depositor or a court grant");
        }
        audit.record(entry);
    }

    private Optional<String> basis(CurrentUser user, UUID depositId, long depositorOrganisationId) {
        if (user.has(Role.BREEDER) && Long.valueOf(depositorOrganisationId).equals(user.organisationId())) {
            return Optional.of("depositor");
        }
        return grants.activeGrant(user, depositId).map(Grant::describe);
    }
}
