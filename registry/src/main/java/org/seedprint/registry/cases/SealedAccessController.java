package org.seedprint.registry.cases;

import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.audit.AuditEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The depositor's list of every read (and refused read) of its sealed deposits. */
@RestController
class SealedAccessController {

    private final CurrentUsers users;
    private final AuditEvents events;

    SealedAccessController(CurrentUsers users, AuditEvents events) {
        this.users = users;
        this.events = events;
    }

    @GetMapping("/api/v1/audit/sealed-access")
    AuditEvents.Page sealedAccess(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        CurrentUser user = users.require();
        if (user.organisationId() == null) {
            throw new AccessDeniedException("no organisation: no deposits");
        }
        return events.sealedAccesses(user.organisationId(), page, size);
    }
}
