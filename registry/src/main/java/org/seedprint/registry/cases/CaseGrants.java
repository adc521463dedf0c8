package org.seedprint.registry.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.accounts.OrganisationService;
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
 * Every grant to read a sealed deposit, whatever its basis (see {@link GrantBasis}): a depositor's
 * consent and a court order (a case's court reads), and an access agreement (benefit sharing: the
 * requesting breeder organisation reads). The depositor is always taken from the deposit itself
 * ({@link DepositOwners}); {@link AccessPolicy} decides and audits every read under them.
 */
@Service
@Transactional
public class CaseGrants {

    private final CaseGrantRepository grants;
    private final CourtCases cases;
    private final CurrentUsers users;
    private final DepositOwners deposits;
    private final OrganisationService organisations;
    private final AuditTrail audit;

    CaseGrants(
            CaseGrantRepository grants,
            CourtCases cases,
            CurrentUsers users,
            DepositOwners deposits,
            OrganisationService organisations,
            AuditTrail audit) {
        this.grants = grants;
        this.cases = cases;
        this.users = users;
        this.deposits = deposits;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * The grant in force that lets this user read the deposit's sealed content, if any: one whose
     * grantee is the user's organisation, used in the role its basis needs (a court user for a
     * case's grant, a breeder for an access agreement).
     */
    @Transactional(readOnly = true)
    public Optional<Grant> activeGrant(CurrentUser user, UUID depositId) {
        Long organisation = user.organisationId();
        if (organisation == null) {
            return Optional.empty();
        }
        return grants.findActive(depositId, organisation).stream()
                .filter(g -> user.has(g.getBasis().reader()))
                .findFirst()
                .map(CaseGrant::view);
    }

    /** Whether the signed-in user currently holds a grant for the deposit. */
    @Transactional(readOnly = true)
    public boolean holdsGrant(UUID depositId) {
        return users.current().flatMap(u -> activeGrant(u, depositId)).isPresent();
    }

    /** A court records its own order in its case: the deposit is attached to the case if it was not yet. */
    public Grant grantByCourtOrder(long caseId, UUID depositId, String orderReference) {
        String reference = requireReference(orderReference);
        long depositor = depositorOf(depositId);
        CourtCase c = cases.owned(caseId);
        cases.attachDeposit(caseId, depositId);
        return save(new CaseGrant(
                c,
                depositId,
                GrantBasis.COURT_ORDER,
                reference,
                depositor,
                c.getCourtOrganisationId(),
                users.require().username()));
    }

    /**
     * The depositor consents that the court of a case reads its deposit. The signed-in user must
     * be a breeder of the depositor, and the court must have attached the deposit to the case
     * (any other case answers 404, as if it did not exist: cases are not public).
     */
    public Grant grantByConsent(long caseId, UUID depositId) {
        long depositor = depositorOf(depositId);
        CurrentUser breeder = requireDepositorBreeder(depositor, "consent to a court reading deposit " + depositId);
        CourtCase c = cases.any(caseId)
                .filter(k -> k.hasDeposit(depositId))
                .orElseThrow(() -> new NotFound("case " + caseId + " with deposit " + depositId + " attached"));
        return save(new CaseGrant(
                c, depositId, GrantBasis.CONSENT, null, depositor, c.getCourtOrganisationId(), breeder.username()));
    }

    /**
     * Benefit sharing: the depositor, approving an access request, lets the requesting breeder
     * organisation read its deposit under the agreement with this reference. Called by the sharing
     * area in the depositor's request (the signed-in user must be a breeder of the depositor).
     * Asking again for the same deposit, grantee and reference answers the grant in force.
     * The grantee's breeders then read through {@link AccessPolicy}, audited like every sealed read.
     */
    public Grant grantByAccessAgreement(UUID depositId, long granteeOrganisationId, String agreementReference) {
        String reference = requireReference(agreementReference);
        long depositor = depositorOf(depositId);
        CurrentUser breeder = requireDepositorBreeder(depositor, "approve access to deposit " + depositId);
        if (granteeOrganisationId == depositor) {
            throw new Invalid("granteeOrganisationId", "the depositor reads its own deposit without a grant");
        }
        if (organisations.find(granteeOrganisationId).isEmpty()) {
            throw new Invalid("granteeOrganisationId", "unknown organisation " + granteeOrganisationId);
        }
        Optional<CaseGrant> same = grants.findActive(depositId, granteeOrganisationId).stream()
                .filter(g -> g.getBasis() == GrantBasis.ACCESS_AGREEMENT && reference.equals(g.getReference()))
                .findFirst();
        if (same.isPresent()) {
            return same.get().view();
        }
        return save(new CaseGrant(
                null,
                depositId,
                GrantBasis.ACCESS_AGREEMENT,
                reference,
                depositor,
                granteeOrganisationId,
                breeder.username()));
    }

    /**
     * Revoked at once: the next read is refused. Who may revoke depends on the basis: the grantee
     * (the case's court; the breeder renouncing an agreement) always, the depositor for consent
     * and access agreements but not for a court order.
     */
    public Grant revoke(long grantId) {
        CurrentUser user = users.require();
        CaseGrant g = grants.findById(grantId).orElseThrow(() -> new NotFound("grant " + grantId));
        GrantBasis basis = g.getBasis();
        boolean grantee = basis.revocableByGrantee()
                && user.has(basis.reader())
                && g.getGranteeOrganisationId().equals(user.organisationId());
        boolean depositor = user.has(Role.BREEDER)
                && g.getDepositorOrganisationId() != null
                && g.getDepositorOrganisationId().equals(user.organisationId());
        if (depositor && !basis.revocableByDepositor()) {
            throw new Forbidden("grant " + grantId + " is a court order: only the court that made it can lift it");
        }
        if (!grantee && !depositor) {
            throw new Forbidden("only the grantee or the depositor can revoke grant " + grantId);
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

    /** Every grant on the deposits of the current breeder's organisation (all bases, in force or not), newest first. */
    @Transactional(readOnly = true)
    public List<Grant> forOwnDeposits() {
        CurrentUser user = users.require();
        if (user.organisationId() == null) return List.of();
        return grants.findByDepositorOrganisationIdOrderByGrantedAtDesc(user.organisationId()).stream()
                .map(CaseGrant::view)
                .toList();
    }

    private long depositorOf(UUID depositId) {
        DepositOwners.DepositOwner owner =
                deposits.find(depositId).orElseThrow(() -> new NotFound("deposit " + depositId));
        Long organisation = owner.organisationId();
        if (organisation == null) {
            throw new Invalid("depositId", "deposit " + depositId + " has no depositor organisation to grant for");
        }
        return organisation;
    }

    private CurrentUser requireDepositorBreeder(long depositor, String what) {
        CurrentUser user = users.require();
        if (!user.has(Role.BREEDER) || !Long.valueOf(depositor).equals(user.organisationId())) {
            throw new Forbidden("only the depositor's breeders can " + what);
        }
        return user;
    }

    private static String requireReference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new Invalid("reference", "reference: a court order or an agreement needs its reference");
        }
        return reference.strip();
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
