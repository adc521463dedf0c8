package org.seedprint.registry.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants that let a court read a deposit's sealed content: given by the depositor's consent or
 * recorded as a court order with its reference; in force until revoked.
 */
@Service
@Transactional
public class CaseGrants {

    private final CaseGrantRepository grants;
    private final CourtCases cases;
    private final CurrentUsers users;
    private final AuditTrail audit;

    CaseGrants(CaseGrantRepository grants, CourtCases cases, CurrentUsers users, AuditTrail audit) {
        this.grants = grants;
        this.cases = cases;
        this.users = users;
        this.audit = audit;
    }

    /** The grant in force that lets this court user read the deposit's sealed content, if any. */
    @Transactional(readOnly = true)
    public Optional<Grant> activeGrant(CurrentUser user, UUID depositId) {
        if (!user.has(Role.COURT) || user.organisationId() == null) {
            return Optional.empty();
        }
        return grants.findActive(depositId, user.organisationId()).stream()
                .findFirst()
                .map(CaseGrant::view);
    }

    /** Whether the signed-in user is a court user currently holding a grant for the deposit. */
    @Transactional(readOnly = true)
    public boolean holdsGrant(UUID depositId) {
        return users.current().flatMap(u -> activeGrant(u, depositId)).isPresent();
    }

    /**
     * A court records its own order: the deposit is attached to the case if it was not yet.
     *
     * @param depositorOrganisationId the depositor if the caller knows it (lets the depositor list the grant), or null
     */
    public Grant grantByCourtOrder(
            long caseId, UUID depositId, String orderReference, @Nullable Long depositorOrganisationId) {
        if (orderReference == null || orderReference.isBlank()) {
            throw new Invalid("reference", "reference: a court order needs its reference");
        }
        CourtCase c = cases.owned(caseId);
        cases.attachDeposit(caseId, depositId);
        return save(new CaseGrant(
                c,
                depositId,
                GrantBasis.COURT_ORDER,
                orderReference.strip(),
                depositorOrganisationId,
                users.require().username()));
    }

    /**
     * The depositor consents to a case's court reading its deposit. The caller (the deposits
     * area, which knows who deposited what) passes the depositor; the signed-in user must be a
     * breeder of that organisation.
     */
    public Grant grantByConsent(long caseId, UUID depositId, long depositorOrganisationId) {
        CurrentUser breeder = users.require();
        if (!breeder.has(Role.BREEDER) || !Long.valueOf(depositorOrganisationId).equals(breeder.organisationId())) {
            throw new Forbidden("only the depositor's breeders can consent");
        }
        CourtCase c = cases.any(caseId);
        return save(new CaseGrant(c, depositId, GrantBasis.CONSENT, null, depositorOrganisationId, breeder.username()));
    }

    /** Revoked at once: the next read is refused. The court of the case or the consenting depositor may revoke. */
    public Grant revoke(long grantId) {
        CurrentUser user = users.require();
        CaseGrant g = grants.findById(grantId).orElseThrow(() -> new NotFound("grant " + grantId));
        boolean court = user.has(Role.COURT)
                && g.getCourtCase().getCourtOrganisationId().equals(user.organisationId());
        boolean depositor = user.has(Role.BREEDER)
                && g.getDepositorOrganisationId() != null
                && g.getDepositorOrganisationId().equals(user.organisationId());
        if (!court && !depositor) {
            throw new Forbidden("only the case's court or the depositor can revoke grant " + grantId);
        }
        if (g.isActive()) {
            g.revoke(user.username());
            audit.record(new AuditEntry(
                    AuditActions.GRANT_REVOKE,
                    AuditActions.depositSubject(g.getDepositId()),
                    g.getDepositorOrganisationId(),
                    AuditOutcome.SUCCESS,
                    g.view().describe()));
        }
        return g.view();
    }

    /** Grants of a case of the current court user. */
    @Transactional(readOnly = true)
    public List<Grant> forCase(long caseId) {
        cases.owned(caseId);
        return grants.findByCourtCaseIdOrderByGrantedAt(caseId).stream()
                .map(CaseGrant::view)
                .toList();
    }

    /** Grants on the deposits of the current breeder's organisation, newest first. */
    @Transactional(readOnly = true)
    public List<Grant> forOwnDeposits() {
        CurrentUser user = users.require();
        if (user.organisationId() == null) return List.of();
        return grants.findByDepositorOrganisationIdOrderByGrantedAtDesc(user.organisationId()).stream()
                .map(CaseGrant::view)
                .toList();
    }

    private Grant save(CaseGrant grant) {
        Grant saved = grants.save(grant).view();
        audit.record(new AuditEntry(
                AuditActions.GRANT,
                AuditActions.depositSubject(saved.depositId()),
                saved.depositorOrganisationId(),
                AuditOutcome.SUCCESS,
                saved.describe()));
        return saved;
    }
}
