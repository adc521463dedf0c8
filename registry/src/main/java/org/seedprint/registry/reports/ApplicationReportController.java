package org.seedprint.registry.reports;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report of an application, under the examination API's path; here in the reports area, which
 * depends on the examination area's public services (examination does not know reports).
 */
@RestController
class ApplicationReportController {

    private final ApplicationReports reports;

    ApplicationReportController(ApplicationReports reports) {
        this.reports = reports;
    }

    /** The decided application's candidate against its screening's top hits; the application is then reported. */
    @PostMapping("/api/v1/examination/applications/{number}/report")
    ResponseEntity<ComparisonReport> issue(@PathVariable String number) {
        ComparisonReport issued = reports.issue(number);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + issued.id()))
                .body(issued);
    }
}
