package org.seedprint.registry.examination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decisions, four-eyes countersignatures and reopenings; each one audited. */
@Service
public class Decisions {

    static final int MAX_REASON = 4000;

    private final JdbcTemplate jdbc;
    private final Applications applications;
    private final CurrentUsers users;
    private final ExaminationAudit audit;

    Decisions(JdbcTemplate jdbc, Applications applications, CurrentUsers users, ExaminationAudit audit) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.users = users;
        this.audit = audit;
    }

    /** Whether decisions of the crop need a second examiner's countersignature. */
    public boolean countersignRequired(String cropCode) {
        return jdbc
                .queryForList(
                        "SELECT countersign_required FROM examination_crop_setting WHERE crop_code = ?",
                        Boolean.class,
                        cropCode)
                .stream()
                .findFirst()
                .orElse(false);
    }

    /** Decides a screened application; decided at once unless the crop needs a countersignature. */
    @Transactional
    public Decision decide(String number, String code, String reason) {
        CurrentUser u = examiner();
        if (!Decision.CODES.contains(code)) throw new Invalid("code", "decision code must be one of " + Decision.CODES);
        String why = reason(reason, "reason");
        Application a = applications.lock(number);
        if (a.status() != Application.Status.SCREENED) {
            throw new Conflict(
                    "status",
                    "application " + number + " is " + lower(a.status())
                            + "; only a screened application can be decided");
        }
        if (current(a.id()).isPresent()) {
            throw new Conflict("code", "application " + number + " already has a decision awaiting countersignature");
        }
        boolean four = countersignRequired(a.cropCode());
        jdbc.update(
                "INSERT INTO examination_decision (application_id, code, reason, decided_by, decided_at, countersign_required) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                a.id(),
                code,
                why,
                u.username(),
                Timestamp.from(Instant.now()),
                four);
        if (!four) applications.status(a.id(), Application.Status.DECIDED);
        Map<String, @Nullable Object> detail = new LinkedHashMap<>();
        detail.put("code", code);
        detail.put("reason", why);
        detail.put("countersignRequired", four);
        audit.application(ExaminationAudit.DECIDE, a, detail);
        return current(a.id()).orElseThrow();
    }

    /** A second examiner countersigns the pending decision: the application is decided. */
    @Transactional
    public Decision countersign(String number) {
        CurrentUser u = examiner();
        Application a = applications.lock(number);
        Decision d = current(a.id())
                .filter(Decision::awaitingCountersign)
                .orElseThrow(() ->
                        new Conflict("status", "application " + number + " has no decision awaiting countersignature"));
        if (d.decidedBy().equals(u.username())) {
            throw new Forbidden("the examiner who decided cannot countersign the decision; a second examiner must");
        }
        jdbc.update(
                "UPDATE examination_decision SET countersigned_by = ?, countersigned_at = ? WHERE id = ?",
                u.username(),
                Timestamp.from(Instant.now()),
                d.id());
        applications.status(a.id(), Application.Status.DECIDED);
        audit.application(ExaminationAudit.COUNTERSIGN, a, Map.of("decision", d.id(), "code", d.code()));
        return current(a.id()).orElseThrow();
    }

    /** Reopens the decision (in force or awaiting countersignature) with a reason: back to screened. */
    @Transactional
    public Decision reopen(String number, String reason) {
        CurrentUser u = examiner();
        String why = reason(reason, "reason");
        Application a = applications.lock(number);
        if (a.status() == Application.Status.REPORTED) {
            throw new Conflict("status", "application " + number + " is reported; its decision cannot be reopened");
        }
        Decision d = current(a.id())
                .orElseThrow(() -> new Conflict("status", "application " + number + " has no decision to reopen"));
        jdbc.update(
                "UPDATE examination_decision SET reopened_by = ?, reopened_at = ?, reopen_reason = ? WHERE id = ?",
                u.username(),
                Timestamp.from(Instant.now()),
                why,
                d.id());
        applications.status(a.id(), Application.Status.SCREENED);
        audit.application(ExaminationAudit.REOPEN, a, Map.of("decision", d.id(), "code", d.code(), "reason", why));
        return all(a.id()).stream().filter(x -> x.id() == d.id()).findFirst().orElseThrow();
    }

    /** The decision not reopened, in force or awaiting countersignature. */
    Optional<Decision> current(long applicationId) {
        return all(applicationId).stream().filter(d -> d.reopenedAt() == null).findFirst();
    }

    /** Every decision of the application, newest first. */
    List<Decision> all(long applicationId) {
        return jdbc.query(
                "SELECT id, code, reason, decided_by, decided_at, countersign_required, countersigned_by, countersigned_at, "
                        + "reopened_by, reopened_at, reopen_reason FROM examination_decision WHERE application_id = ? ORDER BY id DESC",
                Decisions::row,
                applicationId);
    }

    private CurrentUser examiner() {
        CurrentUser u = users.require();
        if (!Applications.examiner(u)) throw new Forbidden("only examiners and administrators decide applications");
        return u;
    }

    private static String reason(@Nullable String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new Invalid(field, "a " + field + " is required");
        if (t.length() > MAX_REASON)
            throw new Invalid(field, "the " + field + " is longer than " + MAX_REASON + " characters");
        return t;
    }

    private static String lower(Application.Status s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static @Nullable Instant at(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Decision row(ResultSet rs, int i) throws SQLException {
        return new Decision(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getBoolean(6),
                rs.getString(7),
                at(rs.getTimestamp(8)),
                rs.getString(9),
                at(rs.getTimestamp(10)),
                rs.getString(11));
    }
}
