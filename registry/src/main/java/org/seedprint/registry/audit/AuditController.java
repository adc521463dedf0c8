package org.seedprint.registry.audit;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators and courts: query it, check it. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditEvents events;
    private final AuditCheck check;

    AuditController(AuditEvents events, AuditCheck check) {
        this.events = events;
        this.check = check;
    }

    /** Newest first; {@code from} inclusive, {@code to} exclusive, ISO-8601 instants. */
    @GetMapping("/events")
    AuditEvents.Page events(
            @RequestParam(required = false) @Size(max = 256) @Nullable String subject,
            @RequestParam(required = false) @Size(max = 128) @Nullable String actor,
            @RequestParam(required = false) @Size(max = 64) @Nullable String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @ParameterObject @PageableDefault(size = 50) Pageable page) {
        return events.search(new AuditEvents.Query(subject, actor, action, from, to), page);
    }

    /** Recomputes the whole chain; {@code intact} false names the events that were changed or removed. */
    @GetMapping("/check")
    AuditCheck.Report check() {
        return check.verify();
    }
}
