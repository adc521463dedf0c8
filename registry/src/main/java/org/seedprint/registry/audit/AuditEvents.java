package org.seedprint.registry.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: by subject, actor, action and time; and a depositor's access list. */
@Service
@Transactional(readOnly = true)
public class AuditEvents {

    static final String COLUMNS = "seq, occurred_at, actor, action, subject, subject_organisation_id, outcome, "
            + "remote_address, detail, previous_digest, digest";

    /** Filters; null means any. {@code from} is inclusive, {@code to} exclusive. */
    public record Query(
            @Nullable String subject,
            @Nullable String actor,
            @Nullable String action,
            @Nullable Instant from,
            @Nullable Instant to) {}

    public record Page(List<AuditEvent> events, int page, int size, long total) {}

    private final NamedParameterJdbcTemplate jdbc;

    AuditEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public Page search(Query q, Pageable page) {
        var where = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        if (q.subject() != null) {
            where.add("subject = :subject");
            params.addValue("subject", q.subject());
        }
        if (q.actor() != null) {
            where.add("actor = :actor");
            params.addValue("actor", q.actor());
        }
        if (q.action() != null) {
            where.add("action = :action");
            params.addValue("action", q.action());
        }
        if (q.from() != null) {
            where.add("occurred_at >= :from");
            params.addValue("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.add("occurred_at < :to");
            params.addValue("to", Timestamp.from(q.to()));
        }
        return page(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where), params, page);
    }

    /** Every read (and refused read) of the organisation's sealed deposits, newest first. */
    public Page sealedAccesses(long depositorOrganisationId, Pageable page) {
        var params = new MapSqlParameterSource()
                .addValue("org", depositorOrganisationId)
                .addValue("action", AuditActions.SEALED_READ);
        return page(" WHERE subject_organisation_id = :org AND action = :action", params, page);
    }

    /** Every read of one deposit's sealed content, newest first. */
    public List<AuditEvent> sealedAccesses(UUID depositId) {
        var params = new MapSqlParameterSource()
                .addValue("subject", AuditActions.depositSubject(depositId))
                .addValue("action", AuditActions.SEALED_READ);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_event WHERE subject = :subject AND action = :action "
                        + "ORDER BY seq DESC",
                params,
                (rs, i) -> map(rs));
    }

    private Page page(String where, MapSqlParameterSource params, Pageable page) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit_event" + where, params, Long.class);
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        List<AuditEvent> rows = jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_event" + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset",
                params,
                (rs, i) -> map(rs));
        return new Page(rows, page.getPageNumber(), page.getPageSize(), total == null ? 0 : total);
    }

    AuditEvent map(ResultSet rs) throws SQLException {
        return new AuditEvent(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getObject("subject_organisation_id", Long.class),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("remote_address"),
                rs.getString("detail"),
                rs.getString("previous_digest"),
                rs.getString("digest"));
    }
}
