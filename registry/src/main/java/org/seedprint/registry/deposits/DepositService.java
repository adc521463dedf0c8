package org.seedprint.registry.deposits;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.cases.AccessPolicy;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deposits area's API: taking a deposit (written by {@link DepositWriter}), reading deposits
 * and their content (sealed content only through {@code cases.AccessPolicy}), re-checking a
 * deposit's evidence, and re-wrapping the sealed deposits' keys.
 */
@Service
public class DepositService {

    /** The evidence document kind of deposits: the log entries' and the certificates'. */
    public static final String KIND = "deposit";

    /** The kind of the deposits' entries in the transparency log. */
    static final String LOG_KIND = EvidenceDocuments.logKind(KIND);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EvidenceDocuments evidence;
    private final MasterKeys masterKeys;
    private final AccessPolicy access;
    private final ObjectProvider<DepositWriter> writer;

    DepositService(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            EvidenceDocuments evidence,
            MasterKeys masterKeys,
            AccessPolicy access,
            ObjectProvider<DepositWriter> writer) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.evidence = evidence;
        this.masterKeys = masterKeys;
        this.access = access;
        this.writer = writer;
    }

    /** Takes a deposit: answered only once it, its attachments and its log entry are committed. */
    public Deposit deposit(DepositRequest request, List<Attachments.Upload> uploads, CurrentUser depositor) {
        return writer.getObject().deposit(request, uploads, depositor);
    }

    /** The same, with attachments given as plain files (a web form's uploads). */
    public Deposit deposit(DepositRequest request, CurrentUser depositor, List<AttachmentFile> files) {
        return deposit(
                request,
                files.stream()
                        .map(f -> new Attachments.Upload(f.fileName(), f.contentType(), f.data()))
                        .toList(),
                depositor);
    }

    /** The deposits of one organisation, newest first (a breeder's workspace). */
    public List<Deposit> ofOrganisation(long organisationId, Pageable page) {
        return jdbc.query(
                SELECT + " WHERE depositor_organisation_id = ? ORDER BY deposited_at DESC, id LIMIT ? OFFSET ?",
                DepositService::row,
                organisationId,
                page.getPageSize(),
                page.getOffset());
    }

    public Optional<Deposit> find(UUID id) {
        return jdbc.query(SELECT + " WHERE id = ?", DepositService::row, id).stream()
                .findFirst();
    }

    /** The deposits made for this stored profile: whose material a screening's hit on it is. */
    public List<DepositMaterial> depositsOfProfile(long profileId) {
        return jdbc.query(
                MATERIAL + " WHERE m.profile_id = ? ORDER BY d.deposited_at", DepositService::material, profileId);
    }

    /** The variety and profile a deposit was made for, when it names them. */
    public Optional<DepositMaterial> material(UUID depositId) {
        return jdbc.query(MATERIAL + " WHERE m.deposit_id = ?", DepositService::material, depositId).stream()
                .findFirst();
    }

    private static final String MATERIAL = """
            SELECT m.deposit_id, d.depositor_organisation_id, d.visibility, m.variety_id, m.profile_id
            FROM deposit_material m JOIN deposit d ON d.id = m.deposit_id""";

    private static DepositMaterial material(ResultSet rs, int i) throws SQLException {
        return new DepositMaterial(
                rs.getObject("deposit_id", UUID.class),
                rs.getObject("depositor_organisation_id", Long.class),
                Visibility.SEALED.name().equals(rs.getString("visibility")),
                rs.getObject("variety_id", Long.class),
                rs.getObject("profile_id", Long.class));
    }

    public List<Deposit> list(Pageable page) {
        return jdbc.query(
                SELECT + " ORDER BY deposited_at DESC, id LIMIT ? OFFSET ?",
                DepositService::row,
                page.getPageSize(),
                page.getOffset());
    }

    /** The time-stamp response stored with a deposit. */
    public byte[] timestamp(UUID id) {
        return jdbc.query("SELECT timestamp_response FROM deposit WHERE id = ?", (rs, i) -> rs.getBytes(1), id).stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("deposit " + id));
    }

    /**
     * The canonical content for the current user: open content for anyone; sealed content only for
     * the depositor's organisation or a court with a grant, each read (and each refusal) audited
     * in this transaction.
     */
    @Transactional
    public byte[] readContent(Deposit d) {
        if (d.visibility() == Visibility.SEALED) {
            access.checkSealedRead(
                    d.id(),
                    Objects.requireNonNull(d.organisationId(), "a sealed deposit has a depositor organisation"));
        }
        return content(d.id());
    }

    /** The canonical content, decrypted if sealed; callers check who may read it. */
    byte[] content(UUID id) {
        return jdbc.queryForObject(
                "SELECT id, content, content_nonce, wrapped_key, master_key_id FROM deposit WHERE id = ?",
                (rs, i) -> {
                    byte[] data = rs.getBytes("content");
                    if (rs.getBytes("wrapped_key") == null) {
                        return data;
                    }
                    byte[] key = masterKeys.unwrap(
                            new MasterKeys.Wrapped(rs.getString("master_key_id"), rs.getBytes("wrapped_key")),
                            id.toString());
                    return masterKeys.decrypt(
                            key, new MasterKeys.Sealed(rs.getBytes("content_nonce"), data), MasterKeys.contentAad(id));
                },
                id);
    }

    /** Re-checks a deposit from what is stored: token, content digest, log leaf and its inclusion in the newest checkpoint. */
    public DepositVerification verification(Deposit d) {
        EvidenceDocuments.Check check =
                evidence.recheck(KIND, d.id(), d.digest(), content(d.id()), timestamp(d.id()), d.logIndex());
        Instant time = check.timestamp();
        return new DepositVerification(
                d.id().toString(),
                d.sha256(),
                d.depositedAt().toString(),
                d.logIndex(),
                time == null ? null : time.toString(),
                check.checkpoint(),
                check.valid(),
                check.reason());
    }

    /** Whether the user deposited it (same organisation, or same user when there is no organisation). */
    static boolean sameDepositor(Deposit d, CurrentUser user) {
        if (user == null) return false;
        if (d.organisationId() != null) return d.organisationId().equals(user.organisationId());
        return d.depositor().equals(user.username());
    }

    /**
     * Re-wraps every sealed deposit's data key with a new master key, in one transaction; the
     * ciphertexts and the digests do not change. Returns the new master key id.
     */
    public String rotateMasterKey() throws IOException {
        List<String> old = masterKeys.ids();
        String newId = masterKeys.addNewMasterKey();
        tx.executeWithoutResult(status -> jdbc.query(
                "SELECT id, wrapped_key, master_key_id FROM deposit WHERE wrapped_key IS NOT NULL FOR UPDATE", rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    byte[] key = masterKeys.unwrap(
                            new MasterKeys.Wrapped(rs.getString("master_key_id"), rs.getBytes("wrapped_key")),
                            id.toString());
                    MasterKeys.Wrapped w = masterKeys.wrap(key, id.toString());
                    jdbc.update(
                            "UPDATE deposit SET wrapped_key = ?, master_key_id = ? WHERE id = ?",
                            w.blob(),
                            w.masterKeyId(),
                            id);
                }));
        masterKeys.retire(old);
        return newId;
    }

    static byte[] sha256(byte[] data) {
        return EvidenceDocuments.sha256(data);
    }

    private static final String SELECT = """
            SELECT id, depositor_username, depositor_organisation_id, crop, visibility, supersedes, sha256, log_index, deposited_at
            FROM deposit""";

    private static Deposit row(ResultSet rs, int i) throws SQLException {
        return new Deposit(
                rs.getObject("id", UUID.class),
                rs.getString("depositor_username"),
                rs.getObject("depositor_organisation_id", Long.class),
                rs.getString("crop"),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getObject("supersedes", UUID.class),
                HexFormat.of().formatHex(rs.getBytes("sha256")),
                rs.getLong("log_index"),
                rs.getTimestamp("deposited_at").toInstant());
    }
}
