package org.seedprint.registry.examination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications as the examiners, administrators and applicants see them: examiners and
 * administrators see all, an applicant (breeder) only its own organisation's, others none.
 */
@Service
public class Applications {

    static final String SELECT = """
            SELECT a.id, a.application_number, a.applicant_organisation_id, o.name_latin, a.crop_code,
                   a.denomination_latin, a.denomination_chinese, a.claimed_female, a.claimed_male, a.derivation,
                   a.filing_date, a.batch_id, a.sample, a.status,
                   (SELECT s.class FROM examination_screening s WHERE s.application_id = a.id ORDER BY s.id DESC LIMIT 1) AS screened_class,
                   a.report_id, a.created_at, a.updated_at
            FROM examination_application a JOIN organisation o ON o.id = a.applicant_organisation_id
            """;

    static final RowMapper<Application> ROW = Applications::row;

    /** The filters of the list; null: any. */
    public record Filters(
            @Nullable String crop,
            Application.@Nullable Status status,
            @Nullable String screenedClass) {}

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final ExaminationAudit audit;

    Applications(JdbcTemplate jdbc, CurrentUsers users, ExaminationAudit audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** The application of this number, if the current user may see it (else not found or forbidden). */
    @Transactional(readOnly = true)
    public Application get(String number) {
        Application a = find(number).orElseThrow(() -> new NotFound("application " + number));
        CurrentUser u = users.require();
        if (examiner(u)) return a;
        if (u.has(Role.BREEDER) && u.organisationId() != null && u.organisationId() == a.applicantOrganisationId())
            return a;
        if (u.has(Role.BREEDER)) throw new NotFound("application " + number);
        throw new Forbidden("only examiners, administrators and the applicant see an application");
    }

    /** Applications the current user may see, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Application> list(Filters f, int limit) {
        CurrentUser u = users.require();
        StringBuilder sql = new StringBuilder("SELECT * FROM (" + SELECT + ") x WHERE true");
        List<Object> args = new ArrayList<>();
        if (!examiner(u)) {
            if (!u.has(Role.BREEDER) || u.organisationId() == null)
                throw new Forbidden("only examiners, administrators and applicants list applications");
            sql.append(" AND applicant_organisation_id = ?");
            args.add(u.organisationId());
        }
        if (f.crop() != null) {
            sql.append(" AND crop_code = ?");
            args.add(f.crop());
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            args.add(f.status().name());
        }
        if (f.screenedClass() != null) {
            sql.append(" AND screened_class = ?");
            args.add(f.screenedClass());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(Math.max(1, Math.min(limit, 1000)));
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /**
     * Moves a decided application to the reported status: the comparison report of that id
     * was issued for it (the reports area calls this). Audited.
     */
    @Transactional
    public Application markReported(String number, UUID reportId) {
        Application a = lock(number);
        if (a.status() != Application.Status.DECIDED) {
            throw new Conflict(
                    "status",
                    "application " + number + " is " + a.status().name().toLowerCase(java.util.Locale.ROOT)
                            + "; only a decided application can be reported");
        }
        jdbc.update(
                "UPDATE examination_application SET status = 'REPORTED', report_id = ?, updated_at = ? WHERE id = ?",
                reportId,
                Timestamp.from(Instant.now()),
                a.id());
        audit.application(ExaminationAudit.REPORT, a, Map.of("report", reportId.toString()));
        return find(number).orElseThrow();
    }

    Optional<Application> find(String number) {
        return jdbc.query(SELECT + " WHERE a.application_number = ?", ROW, number).stream()
                .findFirst();
    }

    /** The application, its row locked for a change until the transaction ends. */
    Application lock(String number) {
        int found = jdbc.queryForList(
                        "SELECT id FROM examination_application WHERE application_number = ? FOR UPDATE",
                        Long.class,
                        number)
                .size();
        if (found == 0) throw new NotFound("application " + number);
        return find(number).orElseThrow();
    }

    List<Application> ofBatch(long batchId) {
        return jdbc.query(SELECT + " WHERE a.batch_id = ? ORDER BY a.id", ROW, batchId);
    }

    void status(long id, Application.Status status) {
        jdbc.update(
                "UPDATE examination_application SET status = ?, updated_at = ? WHERE id = ?",
                status.name(),
                Timestamp.from(Instant.now()),
                id);
    }

    static boolean examiner(CurrentUser u) {
        return u.has(Role.EXAMINER) || u.has(Role.ADMINISTRATOR);
    }

    static String checkNumber(String number) {
        if (!ApplicationCsv.NUMBER.matcher(number).matches())
            throw new Invalid("number", "not an application number: '" + number + "'");
        return number;
    }

    private static Application row(ResultSet rs, int i) throws SQLException {
        String report = rs.getString(16);
        return new Application(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getDate(11).toLocalDate(),
                rs.getLong(12),
                rs.getString(13),
                Application.Status.valueOf(rs.getString(14)),
                rs.getString(15),
                report == null ? null : UUID.fromString(report),
                rs.getTimestamp(17).toInstant(),
                rs.getTimestamp(18).toInstant());
    }
}
