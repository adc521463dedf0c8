package org.seedprint.registry.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.examination.Application;
import org.seedprint.registry.examination.ApplicationCandidates;
import org.seedprint.registry.examination.Applications;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.springframework.stereotype.Service;

/**
 * The report of a decided application: its candidate against its screening's top hits (kind
 * APPLICATION, under the application number), and the application marked reported in the same
 * transaction that logs the report.
 */
@Service
public class ApplicationReports {

    private final ComparisonReports reports;
    private final ApplicationCandidates candidates;
    private final Applications applications;
    private final CurrentUsers users;

    ApplicationReports(
            ComparisonReports reports,
            ApplicationCandidates candidates,
            Applications applications,
            CurrentUsers users) {
        this.reports = reports;
        this.candidates = candidates;
        this.applications = applications;
        this.users = users;
    }

    /** @throws Conflict naming {@code status} unless the application is decided and screened with hits */
    public ComparisonReport issue(String number) {
        CurrentUser me = users.require();
        ApplicationCandidates.Candidate c = candidates.forReport(number);
        if (c.topHits().isEmpty()) {
            throw new Conflict("status", "application " + number + " has no screening hit to report against");
        }
        Application a = c.application();
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("application", a.number());
        identity.put("sample", a.sample());
        identity.put("denomination", a.denomination());
        identity.put("applicant", a.applicantOrganisation());
        identity.put("filingDate", a.filingDate().toString());
        return reports.issue(
                new ReportQuery.Submitted(c.panelId(), c.profile(), identity),
                c.topHits(),
                new ReportContext(ReportContext.Kind.APPLICATION, a.number(), me.username(), me.organisationId()),
                id -> applications.markReported(a.number(), id));
    }
}
