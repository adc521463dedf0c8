package org.seedprint.registry.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Court cases: opened by a court user, visible to the users of that court only. */
@Service
@Transactional
public class CourtCases {

    private final CourtCaseRepository cases;
    private final CurrentUsers users;
    private final AuditTrail audit;

    CourtCases(CourtCaseRepository cases, CurrentUsers users, AuditTrail audit) {
        this.cases = cases;
        this.users = users;
        this.audit = audit;
    }

    public CaseView open(String courtName, String caseNumber, String parties) {
        Court court = requireCourt();
        if (cases.existsByCourtOrganisationIdAndCaseNumber(court.organisationId(), caseNumber)) {
            throw new Conflict("caseNumber", "case " + caseNumber + " is already open");
        }
        CourtCase opened =
                cases.save(new CourtCase(court.organisationId(), courtName, caseNumber, parties, court.username()));
        audit.record(new AuditEntry(
                AuditActions.CASE_OPEN,
                subject(opened),
                court.organisationId(),
                AuditOutcome.SUCCESS,
                caseNumber + " (" + courtName + "): " + parties));
        return opened.view();
    }

    @Transactional(readOnly = true)
    public List<CaseView> listOwn() {
        return cases.findByCourtOrganisationIdOrderByOpenedAtDesc(requireCourt().organisationId()).stream()
                .map(CourtCase::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public CaseView find(long caseId) {
        return owned(caseId).view();
    }

    public CaseView attachDeposit(long caseId, UUID depositId) {
        CourtCase c = owned(caseId);
        if (c.attachDeposit(depositId, requireCourt().username())) {
            audit.record(new AuditEntry(
                    AuditActions.CASE_ATTACH,
                    subject(c),
                    c.getCourtOrganisationId(),
                    AuditOutcome.SUCCESS,
                    AuditActions.depositSubject(depositId)));
        }
        return c.view();
    }

    public CaseView attachVariety(long caseId, long varietyId) {
        CourtCase c = owned(caseId);
        if (c.attachVariety(varietyId, requireCourt().username())) {
            audit.record(new AuditEntry(
                    AuditActions.CASE_ATTACH,
                    subject(c),
                    c.getCourtOrganisationId(),
                    AuditOutcome.SUCCESS,
                    "variety:" + varietyId));
        }
        return c.view();
    }

    /**
     * The case a comparison is ordered in: for a court user of its court, or for an examiner who
     * runs the comparison on a court's behalf (the court of the case then owns the report).
     * Anyone else, and a court user of another court, gets not found.
     */
    @Transactional(readOnly = true)
    public CaseView forComparison(long caseId) {
        CurrentUser user = users.require();
        if (user.has(Role.EXAMINER) && !user.has(Role.COURT)) {
            return cases.findById(caseId).map(CourtCase::view).orElseThrow(() -> new NotFound("case " + caseId));
        }
        return owned(caseId).view();
    }

    /** The case, if the current user is a court user of the court that opened it. */
    CourtCase owned(long caseId) {
        Court court = requireCourt();
        CourtCase c = cases.findById(caseId).orElseThrow(() -> new NotFound("case " + caseId));
        if (!c.getCourtOrganisationId().equals(court.organisationId())) {
            // Another court's case: answer as if it did not exist, its existence is not public.
            throw new NotFound("case " + caseId);
        }
        return c;
    }

    /** Any court's case: for a depositor's consent, which checks the deposit is attached. */
    Optional<CourtCase> any(long caseId) {
        return cases.findById(caseId);
    }

    /** A court user and the court they act for. */
    private record Court(String username, long organisationId) {}

    private Court requireCourt() {
        CurrentUser user = users.require();
        Long organisation = user.organisationId();
        if (!user.has(Role.COURT) || organisation == null) {
            throw new Forbidden("only a court user with an organisation handles cases");
        }
        return new Court(user.username(), organisation);
    }

    static String subject(CourtCase c) {
        return "case:" + c.getId();
    }
}
