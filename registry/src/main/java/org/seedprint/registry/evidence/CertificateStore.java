package org.seedprint.registry.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The issued certificates (table {@code evidence_certificate}): inserted once, never changed. */
@Repository
class CertificateStore {

    private final JdbcTemplate jdbc;

    CertificateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh certificate number, {@code SP-<year>-<six digits>}: unique, not gap-free. */
    String nextNumber(Instant issuedAt) {
        Long n = jdbc.queryForObject("SELECT nextval('evidence_certificate_seq')", Long.class);
        return "SP-%d-%06d".formatted(issuedAt.atZone(ZoneOffset.UTC).getYear(), n);
    }

    /** Stores an edition unless another request stored that edition first; either way answers the stored one. */
    Certificates.Issued insert(Certificates.Issued c) {
        jdbc.update(
                """
                INSERT INTO evidence_certificate
                    (number, kind, document_id, edition, reissue_of, reason, issued_at, json, p7s, pdf)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, document_id, edition) DO NOTHING""",
                c.number(),
                c.kind(),
                c.id(),
                c.edition(),
                c.reissueOf(),
                c.reason(),
                Timestamp.from(c.issuedAt()),
                c.json(),
                c.p7s(),
                c.pdf());
        return jdbc.queryForObject(
                SELECT + " WHERE kind = ? AND document_id = ? AND edition = ?",
                CertificateStore::row,
                c.kind(),
                c.id(),
                c.edition());
    }

    /** Every edition of a document's certificate, first one first. */
    List<Certificates.Issued> editions(String kind, UUID id) {
        return jdbc.query(
                SELECT + " WHERE kind = ? AND document_id = ? ORDER BY edition", CertificateStore::row, kind, id);
    }

    Optional<Certificates.Issued> latest(String kind, UUID id) {
        List<Certificates.Issued> all = editions(kind, id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    private static final String SELECT =
            "SELECT number, kind, document_id, edition, reissue_of, reason, issued_at, json, p7s, pdf FROM evidence_certificate";

    private static Certificates.Issued row(ResultSet rs, int i) throws SQLException {
        return new Certificates.Issued(
                rs.getString("number"),
                rs.getString("kind"),
                rs.getObject("document_id", UUID.class),
                rs.getInt("edition"),
                rs.getString("reissue_of"),
                rs.getString("reason"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getBytes("json"),
                rs.getBytes("p7s"),
                rs.getBytes("pdf"));
    }
}
