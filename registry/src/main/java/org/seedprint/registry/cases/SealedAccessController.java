package org.seedprint.registry.cases;

import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.audit.AuditEvents;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
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
    AuditEvents.Page sealedAccess(@ParameterObject @PageableDefault(size = 50) Pageable page) {
        CurrentUser user = users.require();
        if (user.organisationId() == null) {
            throw new Forbidden("no organisation: no deposits");
        }
        return events.sealedAccesses(user.organisationId(), page);
    }
}
