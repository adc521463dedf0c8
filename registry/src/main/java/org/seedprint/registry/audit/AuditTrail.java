package org.seedprint.registry.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends events to the audit chain. Inside a caller's transaction the event commits or rolls
 * back with it. Appends are serialised by a row lock on the chain head held until commit, so
 * callers should record at the end of their transaction, after their slow work.
 */
@Service
public class AuditTrail implements DisposableBean {

    /** Actor name of events of a request without a signed-in user. */
    public static final String ANONYMOUS = "anonymous";
    /** Actor name of events outside any request: start-up, the admin CLI. */
    public static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final GroupCommit group;

    AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.group = new GroupCommit(pending -> Objects.requireNonNull(ownTransaction.execute(status -> pending.stream()
                .map(p -> append(p.entry(), p.actor(), p.remoteAddress()))
                .toList())));
    }

    /** Records an event by the current user, from the current request's address. */
    @Transactional
    public AuditEvent record(String action, String subject, AuditOutcome outcome) {
        return record(AuditEntry.of(action, subject, outcome));
    }

    /** Records an event by the current user, from the current request's address. */
    @Transactional
    public AuditEvent record(AuditEntry entry) {
        return record(entry, currentActor(), currentAddress());
    }

    /**
     * Records an event with an explicit actor, e.g. the name tried in a failed sign-in. In a
     * read-only caller transaction (a read of sealed content) it commits on its own: the read
     * has nothing to roll back.
     */
    @Transactional
    public AuditEvent record(AuditEntry entry, @Nullable String actor, @Nullable String remoteAddress) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return ownTransaction.execute(status -> append(entry, actor, remoteAddress));
        }
        return append(entry, actor, remoteAddress);
    }

    private AuditEvent append(AuditEntry entry, @Nullable String actor, @Nullable String remoteAddress) {
        ChainHead head = Objects.requireNonNull(jdbc.queryForObject(
                "SELECT last_seq, digest FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2))));
        long seq = head.seq() + 1;
        String previous = head.digest();
        // PostgreSQL keeps microseconds: hash exactly what will be read back.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String who = actor == null || actor.isBlank() ? ANONYMOUS : clip(actor, 128);
        AuditEvent unsigned = new AuditEvent(
                seq,
                now,
                who,
                entry.action(),
                entry.subject(),
                entry.subjectOrganisationId(),
                entry.outcome(),
                truncate(remoteAddress, 64),
                entry.detail(),
                previous,
                "");
        AuditEvent event = unsigned.signed();
        jdbc.update(
                """
                INSERT INTO audit_event (seq, occurred_at, actor, action, subject, subject_organisation_id,
                                         outcome, remote_address, detail, previous_digest, digest)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.seq(),
                Timestamp.from(event.occurredAt()),
                event.actor(),
                event.action(),
                event.subject(),
                event.subjectOrganisationId(),
                event.outcome().name(),
                event.remoteAddress(),
                event.detail(),
                event.previousDigest(),
                event.digest());
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, digest = ? WHERE id = 1", seq, event.digest());
        return event;
    }

    /**
     * Records outside any transaction (inside one it joins it, as {@link #record(AuditEntry, String, String)}),
     * committed together with what other requests record at the same moment: one lock and one
     * fsync for the group ({@link GroupCommit}). Returns once the event has committed. For events
     * of every request, such as a token's use.
     */
    public AuditEvent recordCommitted(AuditEntry entry, @Nullable String actor, @Nullable String remoteAddress) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) return record(entry, actor, remoteAddress);
        return group.append(entry, actor, remoteAddress);
    }

    @Override
    public void destroy() throws InterruptedException {
        group.close();
    }

    /**
     * Records in a transaction of its own, for refusals: the caller's transaction is about to roll
     * back and must not take the event with it. Must not be called after the caller has already
     * recorded in its open transaction (it would wait on its own chain-head lock).
     */
    public AuditEvent recordIndependently(AuditEntry entry) {
        String actor = currentActor();
        String address = currentAddress();
        return ownTransaction.execute(status -> append(entry, actor, address));
    }

    /** The newest link of the chain, to be published or anchored. */
    @Transactional(readOnly = true)
    public ChainHead head() {
        return jdbc.queryForObject(
                "SELECT last_seq, digest FROM audit_chain_head WHERE id = 1",
                (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)));
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : ANONYMOUS;
        }
        return auth.getName();
    }

    /** The client address of the current HTTP request, or null outside one (CLI, start-up). */
    public static @Nullable String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static @Nullable String truncate(@Nullable String s, int max) {
        return s == null ? null : clip(s, max);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
