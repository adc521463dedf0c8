package org.seedprint.registry.audit;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators and courts: query it, check it. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditEvents events;
    private final AuditCheck check;
    private final AuditAnchors anchors;

    AuditController(AuditEvents events, AuditCheck check, AuditAnchors anchors) {
        this.events = events;
        this.check = check;
        this.anchors = anchors;
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

    /** Every head anchored in the transparency log, oldest first. */
    @GetMapping("/anchors")
    List<AuditAnchors.Anchor> anchors() {
        return anchors.anchors();
    }

    /**
     * Anchors the current head now (the schedule does it hourly): the newest anchor, new or, when
     * nothing was audited since, the one already logged; 404 while the trail is empty.
     */
    @PostMapping("/anchors")
    AuditAnchors.Anchor anchor() {
        return anchors.anchor()
                .orElseThrow(() -> new DomainException.NotFound("the audit trail is empty: nothing to anchor"));
    }
}
