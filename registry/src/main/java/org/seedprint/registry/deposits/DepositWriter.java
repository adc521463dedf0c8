package org.seedprint.registry.deposits;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes deposits: canonical content (RFC 8785) with its SHA-256 and RFC 3161 token through the
 * evidence API, then one transaction that stores the row (sealed through {@link MasterKeys}), its
 * attachments and its log entry. The log append comes last so that the log's head lock is held
 * only for the append and the commit; the caller is answered only after the commit.
 */
@Component
class DepositWriter {

    static final String SCHEMA = "seedprint.deposit/v2";

    /** Bytes of the commitment salt: 256 bits, so that no field of the content can be confirmed by guessing. */
    static final int SALT_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EvidenceDocuments evidence;
    private final MasterKeys masterKeys;
    private final Attachments attachments;
    private final DepositProperties props;
    private final DepositService queries;
    private final SecureRandom random = new SecureRandom();
    private final AuditTrail audit;
    private final DepositReferences references;

    DepositWriter(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            EvidenceDocuments evidence,
            MasterKeys masterKeys,
            Attachments attachments,
            DepositProperties props,
            DepositService queries,
            AuditTrail audit,
            DepositReferences references) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.evidence = evidence;
        this.masterKeys = masterKeys;
        this.attachments = attachments;
        this.props = props;
        this.queries = queries;
        this.audit = audit;
        this.references = references;
    }

    Deposit deposit(DepositRequest request, List<Attachments.Upload> uploads, CurrentUser depositor) {
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
            Deposit old = queries.find(request.supersedes())
                    .orElseThrow(() -> new Invalid("supersedes", "supersedes: no deposit " + request.supersedes()));
            if (!DepositService.sameDepositor(old, depositor)) {
                throw new Forbidden("supersedes: deposit " + old.id() + " belongs to another depositor");
            }
        }
        references.check(request, depositor);
        List<Attachments.Checked> checked =
                uploads.stream().map(attachments::check).toList();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EvidenceDocuments.Stamped stamped =
                evidence.stamp(DepositService.KIND, id, canonical(id, request, depositor, checked, now, salt()));
        byte[] content = stamped.content();
        byte[] sha256 = stamped.sha256();
        byte[] token = stamped.timestamp();
        boolean sealed = request.visibility() == Visibility.SEALED;
        byte @Nullable [] dataKey = sealed ? masterKeys.newDataKey() : null;
        return Objects.requireNonNull(tx.execute(status -> {
            byte[] stored = content;
            byte @Nullable [] nonce = null;
            byte @Nullable [] wrappedKey = null;
            @Nullable String masterKeyId = null;
            if (dataKey != null) {
                MasterKeys.Sealed s = masterKeys.encrypt(dataKey, content, MasterKeys.contentAad(id));
                MasterKeys.Wrapped w = masterKeys.wrap(dataKey, id.toString());
                stored = s.ciphertext();
                nonce = s.nonce();
                wrappedKey = w.blob();
                masterKeyId = w.masterKeyId();
            }
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
                    stored,
                    nonce,
                    wrappedKey,
                    masterKeyId,
                    sha256,
                    token,
                    Timestamp.from(now));
            if (request.varietyId() != null || request.profileId() != null) {
                jdbc.update(
                        "INSERT INTO deposit_material (deposit_id, variety_id, profile_id) VALUES (?, ?, ?)",
                        id,
                        request.varietyId(),
                        request.profileId());
            }
            for (int i = 0; i < checked.size(); i++) {
                storeAttachment(id, i, checked.get(i), dataKey);
            }
            long logIndex = evidence.log(stamped);
            jdbc.update("UPDATE deposit SET log_index = ? WHERE id = ?", logIndex, id);
            audit.record(new AuditEntry(
                    AuditActions.DEPOSIT_CREATE,
                    AuditActions.depositSubject(id),
                    depositor.organisationId(),
                    AuditOutcome.SUCCESS,
                    request.visibility().name().toLowerCase(Locale.ROOT) + " " + request.crop() + " sha256:"
                            + HexFormat.of().formatHex(sha256) + ", log index " + logIndex + ", "
                            + checked.size() + " attachment(s)"));
            return new Deposit(
                    id,
                    depositor.username(),
                    depositor.organisationId(),
                    request.crop(),
                    request.visibility(),
                    request.supersedes(),
                    HexFormat.of().formatHex(sha256),
                    logIndex,
                    now);
        }));
    }

    private void storeAttachment(UUID id, int ordinal, Attachments.Checked a, byte @Nullable [] dataKey) {
        try (InputStream plain = a.upload().data().getInputStream()) {
            MasterKeys.SealedStream sealed = dataKey == null
                    ? null
                    : masterKeys.sealAttachment(dataKey, plain, MasterKeys.attachmentAad(id, ordinal));
            InputStream s = sealed == null ? plain : sealed.ciphertext();
            byte @Nullable [] n = sealed == null ? null : sealed.nonce();
            long len = sealed == null ? a.size() : a.size() + MasterKeys.TAG_BYTES;
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
        } catch (IOException e) {
            throw new IllegalStateException("attachment " + a.upload().fileName() + " could not be stored", e);
        }
    }

    private String salt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /*
     * The published digest is a commitment: the salt is inside the content (encrypted with it when
     * sealed), so the digest reveals nothing of a guessable field (a pedigree, a name) while the
     * content stays secret, and whoever later holds the content checks it with sha256sum.
     */
    private static Map<String, Object> canonical(
            UUID id,
            DepositRequest r,
            CurrentUser depositor,
            List<Attachments.Checked> files,
            Instant now,
            String salt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("salt", salt);
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
        UUID supersedes = r.supersedes();
        DepositRequest.put(m, "supersedes", supersedes == null ? null : supersedes.toString());
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
}
