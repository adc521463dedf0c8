package org.seedprint.registry.deposits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.cases.AccessPolicy;
import org.seedprint.registry.evidence.CanonicalJson;
import org.seedprint.registry.evidence.TimestampAuthority;
import org.seedprint.registry.evidence.TransparencyLog;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes deposits: canonical content (RFC 8785) and its SHA-256, an RFC 3161 token over it, then
 * one transaction that stores the row, its attachments and its log leaf. The log append comes last
 * so that the log's head lock is held only for the append and the commit; the caller is answered
 * only after the commit.
 */
@Service
public class DepositService {

    /** The kind of the deposits' entries in the transparency log. */
    static final String LOG_KIND = "DEPOSIT";

    static final String SCHEMA = "seedprint.deposit/v1";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final TimestampAuthority tsa;
    private final TransparencyLog log;
    private final MasterKeys masterKeys;
    private final Attachments attachments;
    private final DepositProperties props;
    private final AccessPolicy access;

    DepositService(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            TimestampAuthority tsa,
            TransparencyLog log,
            MasterKeys masterKeys,
            Attachments attachments,
            DepositProperties props,
            AccessPolicy access) {
        this.access = access;
        this.jdbc = jdbc;
        this.tx = tx;
        this.tsa = tsa;
        this.log = log;
        this.masterKeys = masterKeys;
        this.attachments = attachments;
        this.props = props;
    }

    public Deposit deposit(DepositRequest request, List<Attachments.Upload> uploads, CurrentUser depositor) {
        if (uploads.size() > props.maxAttachments()) {
            throw new Invalid("attachments", "at most " + props.maxAttachments() + " attachments per deposit");
        }
        if (request.visibility() == Visibility.SEALED && depositor.organisationId() == null) {
            throw new Invalid(
                    "visibility",
                    "visibility: a sealed deposit needs a depositor with an organisation, "
                            + "which alone (and courts it grants) may read it");
        }
        if (request.supersedes() != null) {
            Deposit old = find(request.supersedes())
                    .orElseThrow(() -> new Invalid("supersedes", "supersedes: no deposit " + request.supersedes()));
            if (!sameDepositor(old, depositor)) {
                throw new Invalid("supersedes", "supersedes: deposit " + old.id() + " belongs to another depositor");
            }
        }
        List<Attachments.Checked> checked =
                uploads.stream().map(attachments::check).toList();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] content = CanonicalJson.bytes(canonical(id, request, depositor, checked, now));
        byte[] sha256 = sha256(content);
        byte[] token = tsa.stamp(sha256);
        boolean sealed = request.visibility() == Visibility.SEALED;
        byte[] dataKey = sealed ? masterKeys.newDataKey() : null;
        return tx.execute(status -> {
            MasterKeys.Sealed stored = sealed ? masterKeys.encrypt(dataKey, content, aad(id, -1)) : null;
            MasterKeys.Wrapped wrapped = sealed ? masterKeys.wrap(dataKey, id.toString()) : null;
            jdbc.update(
                    """
                    INSERT INTO deposit (id, depositor_username, depositor_organisation_id, crop, visibility, supersedes,
                        content, content_nonce, wrapped_key, master_key_id, sha256, timestamp_response, log_index, deposited_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""",
                    id,
                    depositor.username(),
                    depositor.organisationId(),
                    request.crop(),
                    request.visibility().name(),
                    request.supersedes(),
                    sealed ? stored.ciphertext() : content,
                    sealed ? stored.nonce() : null,
                    sealed ? wrapped.blob() : null,
                    sealed ? wrapped.masterKeyId() : null,
                    sha256,
                    token,
                    Timestamp.from(now));
            for (int i = 0; i < checked.size(); i++) {
                storeAttachment(id, i, checked.get(i), dataKey);
            }
            var appended = log.append(LOG_KIND, TransparencyLog.depositEntry(id, sha256));
            jdbc.update("UPDATE deposit SET log_index = ? WHERE id = ?", appended.index(), id);
            return new Deposit(
                    id,
                    depositor.username(),
                    depositor.organisationId(),
                    request.crop(),
                    request.visibility(),
                    request.supersedes(),
                    HexFormat.of().formatHex(sha256),
                    appended.index(),
                    now);
        });
    }

    public Optional<Deposit> find(UUID id) {
        return jdbc.query(SELECT + " WHERE id = ?", DepositService::row, id).stream()
                .findFirst();
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
        return jdbc.queryForObject("SELECT timestamp_response FROM deposit WHERE id = ?", byte[].class, id);
    }

    /**
     * The canonical content for the current user: open content for anyone; sealed content only for
     * the depositor's organisation or a court with a grant, each read (and each refusal) audited
     * in this transaction.
     */
    @Transactional
    public byte[] readContent(Deposit d) {
        if (d.visibility() == Visibility.SEALED) {
            // Sealed deposits always have an organisation (checked when deposited).
            access.checkSealedRead(d.id(), d.organisationId());
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
                            key, new MasterKeys.Sealed(rs.getBytes("content_nonce"), data), aad(id, -1));
                },
                id);
    }

    /** Re-checks a deposit from what is stored: token, content digest, log leaf and its inclusion in the newest checkpoint. */
    public Map<String, Object> verification(Deposit d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id().toString());
        m.put("sha256", d.sha256());
        m.put("depositedAt", d.depositedAt().toString());
        m.put("logIndex", d.logIndex());
        try {
            var token = tsa.verify(timestamp(d.id()), d.digest());
            m.put("timestamp", token.getTimeStampInfo().getGenTime().toInstant().toString());
            if (!java.util.Arrays.equals(sha256(content(d.id())), d.digest())) {
                throw new org.seedprint.registry.evidence.ProofException("stored content does not match the digest");
            }
            var cp = log.latest().orElseThrow();
            byte[] leaf =
                    org.seedprint.registry.evidence.Merkle.leafHash(TransparencyLog.depositEntry(d.id(), d.digest()));
            org.seedprint.registry.evidence.Merkle.verifyInclusion(
                    d.logIndex(),
                    cp.checkpoint().size(),
                    leaf,
                    log.inclusionProof(d.logIndex(), cp.checkpoint().size()),
                    cp.checkpoint().rootHash());
            m.put("checkpoint", cp.note());
            m.put("valid", true);
            m.put("reason", "time-stamp, content digest and inclusion in the newest signed checkpoint verify");
        } catch (org.seedprint.registry.evidence.ProofException | IllegalStateException e) {
            m.put("valid", false);
            m.put("reason", e.getMessage());
        }
        return m;
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

    private void storeAttachment(UUID id, int ordinal, Attachments.Checked a, byte[] dataKey) {
        try (InputStream plain = a.upload().data().getInputStream()) {
            InputStream stored = plain;
            byte[] nonce = null;
            long length = a.size();
            if (dataKey != null) {
                nonce = java.util.Arrays.copyOf(masterKeys.newDataKey(), 12);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(128, nonce));
                c.updateAAD(aad(id, ordinal).getBytes(StandardCharsets.UTF_8));
                stored = new CipherInputStream(plain, c);
                length += 16;
            }
            byte[] n = nonce;
            InputStream s = stored;
            long len = length;
            jdbc.update(con -> {
                var ps = con.prepareStatement("""
                        INSERT INTO deposit_attachment (deposit_id, ordinal, file_name, content_type, size_bytes, sha256, data, nonce)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
                ps.setObject(1, id);
                ps.setInt(2, ordinal);
                ps.setString(3, a.upload().fileName());
                ps.setString(4, a.contentType());
                ps.setLong(5, a.size());
                ps.setBytes(6, a.sha256());
                ps.setBinaryStream(7, s, len);
                ps.setBytes(8, n);
                return ps;
            });
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("attachment " + a.upload().fileName() + " could not be stored", e);
        }
    }

    private static Map<String, Object> canonical(
            UUID id, DepositRequest r, CurrentUser depositor, List<Attachments.Checked> files, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("id", id.toString());
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("username", depositor.username());
        DepositRequest.put(who, "organisationId", depositor.organisationId());
        m.put("depositor", who);
        m.put("depositedAt", now.toString());
        m.put("crop", r.crop());
        m.put("visibility", r.visibility().name());
        m.put("passport", r.passport().canonical());
        DepositRequest.put(m, "pedigree", r.pedigree());
        DepositRequest.put(m, "breedingHistory", r.breedingHistory());
        DepositRequest.put(m, "description", r.description());
        DepositRequest.put(m, "varietyId", r.varietyId());
        DepositRequest.put(m, "profileId", r.profileId());
        DepositRequest.put(
                m, "supersedes", r.supersedes() == null ? null : r.supersedes().toString());
        m.put("sample", r.sample().canonical());
        List<Object> list = new ArrayList<>();
        for (Attachments.Checked f : files) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("fileName", f.upload().fileName());
            a.put("contentType", f.contentType());
            a.put("size", f.size());
            a.put("sha256", HexFormat.of().formatHex(f.sha256()));
            list.add(a);
        }
        m.put("attachments", list);
        return m;
    }

    private static String aad(UUID id, int ordinal) {
        return ordinal < 0 ? "deposit:" + id : "deposit:" + id + ":attachment:" + ordinal;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
