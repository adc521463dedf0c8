package org.seedprint.registry.deposits;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The evidence audit over HTTP, for administrators and courts (see {@link EvidenceAudit}). */
@RestController
class EvidenceAuditController {

    private final EvidenceAudit audit;

    EvidenceAuditController(EvidenceAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/evidence/audit")
    EvidenceAudit.Report audit() {
        return audit.run();
    }
}
