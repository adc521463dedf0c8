package org.seedprint.registry.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access requests' rows and their one way of changing state: a guarded update (from the
 * state the caller saw), an event in the timeline and an audit record, in the caller's transaction.
 */
@Component
class RequestStore {

    static final String SELECT = """
            SELECT r.id, r.offer_id, r.deposit_id, r.owner_organisation_id, r.requester_organisation_id, r.requested_by,
                   r.intended_use, r.quantity, r.purpose, r.sealed_access, r.state, r.grant_id, r.shipment_sample_id,
                   r.shipment_quantity, r.shipped_on, r.requested_at,
                   (SELECT a.id FROM sharing_agreement a WHERE a.request_id = r.id AND a.amends IS NULL
                     ORDER BY a.drafted_at DESC LIMIT 1) AS agreement_id
            FROM sharing_request r""";

    /** A row of sharing_request. */
    record Row(
            long id,
            long offerId,
            UUID depositId,
            long owner,
            long requester,
            String requestedBy,
            SharingUse use,
            @Nullable String quantity,
            String purpose,
            boolean sealedAccess,
            RequestState state,
            @Nullable Long grantId,
            @Nullable Shipment shipment,
            @Nullable UUID agreementId,
            Instant requestedAt) {}

    private final JdbcClient db;
    private final Breeders breeders;

    RequestStore(JdbcClient db, Breeders breeders) {
        this.db = db;
        this.breeders = breeders;
    }

    Row row(long id) {
        return db.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query(RequestStore::map)
                .optional()
                .orElseThrow(() -> new NotFound("access request " + id));
    }

    List<Row> rows(String where, Object... params) {
        return db.sql(SELECT + " WHERE " + where + " ORDER BY r.requested_at DESC, r.id DESC")
                .params(params)
                .query(RequestStore::map)
                .list();
    }

    /** Moves the request from {@code from} to {@code to}; a request no longer in {@code from} is a conflict. */
    void move(Row r, RequestState to, String actor, long organisationId, @Nullable String note) {
        if (!r.state().next().contains(to)) {
            throw new Conflict(
                    "state",
                    "access request " + r.id() + " is " + r.state() + " and cannot become " + to
                            + (r.state().next().isEmpty()
                                    ? " (it is final)"
                                    : "; next: " + r.state().next()));
        }
        int n = db.sql("UPDATE sharing_request SET state = ? WHERE id = ? AND state = ?")
                .params(to.name(), r.id(), r.state().name())
                .update();
        if (n != 1) throw new Conflict("state", "access request " + r.id() + " changed meanwhile; reload it");
        event(r.id(), r.state(), to, actor, organisationId, note);
        breeders.audit(
                "request-" + to.name().toLowerCase(Locale.ROOT),
                subject(r.id()),
                r.owner(),
                r.state() + " -> " + to + (note == null ? "" : ": " + note));
    }

    void event(
            long id,
            @Nullable RequestState from,
            RequestState to,
            String actor,
            long organisationId,
            @Nullable String note) {
        db.sql("""
                        INSERT INTO sharing_request_event (request_id, from_state, to_state, actor, organisation_id, at, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Breeders.args(
                        id,
                        from == null ? null : from.name(),
                        to.name(),
                        actor,
                        organisationId,
                        Timestamp.from(Instant.now()),
                        note))
                .update();
    }

    List<RequestView.Transition> timeline(long id) {
        return db.sql("""
                        SELECT from_state, to_state, actor, organisation_id, at, note FROM sharing_request_event
                        WHERE request_id = ? ORDER BY id""")
                .param(id)
                .query((rs, i) -> new RequestView.Transition(
                        rs.getString("from_state") == null ? null : RequestState.valueOf(rs.getString("from_state")),
                        RequestState.valueOf(rs.getString("to_state")),
                        rs.getString("actor"),
                        rs.getObject("organisation_id", Long.class),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("note")))
                .list();
    }

    static String subject(long id) {
        return "sharing-request:" + id;
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        String sample = rs.getString("shipment_sample_id");
        return new Row(
                rs.getLong("id"),
                rs.getLong("offer_id"),
                rs.getObject("deposit_id", UUID.class),
                rs.getLong("owner_organisation_id"),
                rs.getLong("requester_organisation_id"),
                rs.getString("requested_by"),
                SharingUse.valueOf(rs.getString("intended_use")),
                rs.getString("quantity"),
                rs.getString("purpose"),
                rs.getBoolean("sealed_access"),
                RequestState.valueOf(rs.getString("state")),
                rs.getObject("grant_id", Long.class),
                sample == null
                        ? null
                        : new Shipment(
                                sample, rs.getString("shipment_quantity"), rs.getObject("shipped_on", LocalDate.class)),
                rs.getObject("agreement_id", UUID.class),
                rs.getTimestamp("requested_at").toInstant());
    }
}
