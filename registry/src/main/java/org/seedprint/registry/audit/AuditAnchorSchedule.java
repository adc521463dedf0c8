package org.seedprint.registry.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Anchors the audit head at a fixed interval ({@code seedprint.audit.anchor-interval}, an
 * ISO-8601 duration, default one hour; the first run one interval after start).
 */
@Configuration
@EnableScheduling
class AuditAnchorSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchorSchedule.class);

    private final AuditAnchors anchors;

    AuditAnchorSchedule(AuditAnchors anchors) {
        this.anchors = anchors;
    }

    @Scheduled(
            initialDelayString = "${seedprint.audit.anchor-interval:PT1H}",
            fixedDelayString = "${seedprint.audit.anchor-interval:PT1H}")
    void anchor() {
        try {
            anchors.anchor().ifPresent(a -> LOG.debug("audit head {} anchored at log entry {}", a.seq(), a.logIndex()));
        } catch (RuntimeException e) {
            // the next run tries again; an anchor missed is a later one, never a wrong one
            LOG.warn("anchoring the audit head failed: {}", e.toString());
        }
    }
}
