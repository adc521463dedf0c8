package org.seedprint.registry.sharing;

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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.evidence.CanonicalJson;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreements: drafted from the template when a request is approved (or as an amendment of an
 * accepted one), accepted by each party (click-wrap naming the digest of the terms), and issued
 * as an evidence document once both accepted: canonical JSON, SHA-256, RFC 3161 token and a
 * transparency-log entry, through the evidence API. Accepted agreements never change.
 */
@Service
public class Agreements {

    /** The evidence document kind of agreements: the log entries' and the certificates'. */
    public static final String KIND = "agreement";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SELECT = """
            SELECT id, request_id, amends, provider_organisation_id, recipient_organisation_id, terms, terms_sha256, state,
                   drafted_by, drafted_at, content, sha256, timestamp_response, log_index, accepted_at
            FROM sharing_agreement""";

    /** A row of sharing_agreement. */
    record Row(
            UUID id,
            @Nullable Long requestId,
            @Nullable UUID amends,
            long provider,
            long recipient,
            byte[] terms,
            byte[] termsSha256,
            AgreementState state,
            String draftedBy,
            Instant draftedAt,
            byte @Nullable [] content,
            byte @Nullable [] sha256,
            byte @Nullable [] timestamp,
            @Nullable Long logIndex,
            @Nullable Instant acceptedAt) {}

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final EvidenceDocuments evidence;
    private final DepositService deposits;
    private final RequestStore requests;
    private final Breeders breeders;

    Agreements(
            JdbcClient db,
            TransactionTemplate tx,
            EvidenceDocuments evidence,
            DepositService deposits,
            RequestStore requests,
            Breeders breeders) {
        this.db = db;
        this.tx = tx;
        this.evidence = evidence;
        this.deposits = deposits;
        this.requests = requests;
        this.breeders = breeders;
    }

    /** Drafts the agreement of an approved request from the template, in the approval's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID draft(RequestStore.Row r, Offers.Row offer, OfferTerms terms) {
        Deposit d = deposits.find(r.depositId()).orElseThrow(() -> new NotFound("deposit " + r.depositId()));
        AgreementTemplate.Material material = new AgreementTemplate.Material(
                d.id(),
                d.sha256(),
                d.crop(),
                offer.title(),
                offer.offersSeed() ? (r.quantity() == null ? offer.seedQuantity() : r.quantity()) : null,
                offer.offersGenotype(),
                offer.offersPassport());
        return insert(r.id(), null, r.owner(), r.requester(), List.of(material), r.use(), terms);
    }

    /** An amendment: a new draft between the same parties over the same material, naming the accepted agreement. */
    @Transactional
    public AgreementView amend(UUID id, SharingUse use, OfferTerms terms) {
        Row old = party(id);
        if (old.state() != AgreementState.ACCEPTED) {
            throw new Conflict("state", "agreement " + id + " is still a draft; only an accepted agreement is amended");
        }
        terms.checked("terms");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> material =
                (List<Map<String, Object>>) terms(old).get("material");
        List<AgreementTemplate.Material> same = new ArrayList<>();
        for (Map<String, Object> m : Objects.requireNonNull(material)) {
            same.add(new AgreementTemplate.Material(
                    UUID.fromString((String) m.get("depositId")),
                    String.valueOf(m.get("sha256")),
                    String.valueOf(m.get("crop")),
                    String.valueOf(m.get("title")),
                    (String) m.get("seedOrTissue"),
                    Boolean.TRUE.equals(m.get("genotypeData")),
                    Boolean.TRUE.equals(m.get("passportData"))));
        }
        UUID amendment = insert(old.requestId(), old.id(), old.provider(), old.recipient(), same, use, terms);
        return find(amendment);
    }

    private UUID insert(
            @Nullable Long requestId,
            @Nullable UUID amends,
            long provider,
            long recipient,
            List<AgreementTemplate.Material> material,
            SharingUse use,
            OfferTerms terms) {
        Breeders.Breeder b = breeders.require();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] canonical = CanonicalJson.bytes(AgreementTemplate.terms(
                id, requestId, amends, party(provider), party(recipient), material, use, terms, b.username(), now));
        db.sql("""
                        INSERT INTO sharing_agreement (id, request_id, amends, provider_organisation_id, recipient_organisation_id,
                            terms, terms_sha256, state, drafted_by, drafted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(Breeders.args(
                        id,
                        requestId,
                        amends,
                        provider,
                        recipient,
                        canonical,
                        EvidenceDocuments.sha256(canonical),
                        b.username(),
                        Timestamp.from(now)))
                .update();
        breeders.audit(
                "agreement-draft",
                subject(id),
                provider,
                (amends == null ? "" : "amends " + amends + ", ") + "terms sha256:"
                        + hex(EvidenceDocuments.sha256(canonical)));
        return id;
    }

    private AgreementTemplate.Party party(long organisationId) {
        return new AgreementTemplate.Party(
                organisationId, breeders.code(organisationId), breeders.name(organisationId));
    }

    /**
     * A party's click-wrap acceptance of exactly the terms whose digest it names. The second
     * acceptance issues the agreement: time-stamped outside any transaction, then stored, logged
     * and the request moved to AGREED in one transaction.
     */
    public AgreementView accept(UUID id, String termsSha256) {
        Breeders.Breeder b = breeders.require();
        Row r = party(id);
        long org = b.organisationId();
        if (r.state() != AgreementState.DRAFT) throw new Conflict("state", "agreement " + id + " is already accepted");
        if (!hex(r.termsSha256()).equalsIgnoreCase(termsSha256 == null ? "" : termsSha256.strip())) {
            throw new Conflict(
                    "termsSha256",
                    "termsSha256: these are not the terms of agreement " + id + " (sha256:" + hex(r.termsSha256())
                            + "); reload and read them before accepting");
        }
        List<AgreementView.Acceptance> before = acceptances(id);
        if (before.stream().anyMatch(a -> a.organisationId() == org)) {
            throw new Conflict("state", "your organisation has already accepted agreement " + id);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AgreementView.Acceptance mine = new AgreementView.Acceptance(org, b.username(), hex(r.termsSha256()), now);
        if (before.isEmpty()) {
            tx.executeWithoutResult(s -> {
                storeAcceptance(id, mine);
                breeders.audit(
                        "agreement-accept",
                        subject(id),
                        r.provider(),
                        "by " + b.username() + ", terms sha256:" + mine.termsSha256());
            });
            return find(id);
        }
        List<AgreementView.Acceptance> both = new ArrayList<>(before);
        both.add(mine);
        EvidenceDocuments.Stamped doc = evidence.stamp(KIND, id, document(r, both, now));
        tx.executeWithoutResult(s -> {
            Row locked = db.sql(SELECT + " WHERE id = ? FOR UPDATE")
                    .param(id)
                    .query(Agreements::map)
                    .single();
            if (locked.state() != AgreementState.DRAFT || acceptances(id).size() != before.size()) {
                throw new Conflict("state", "agreement " + id + " changed meanwhile; reload it");
            }
            storeAcceptance(id, mine);
            long leaf = evidence.log(doc);
            db.sql("""
                            UPDATE sharing_agreement SET state = 'ACCEPTED', content = ?, sha256 = ?, timestamp_response = ?,
                                log_index = ?, accepted_at = ? WHERE id = ?""")
                    .params(doc.content(), doc.sha256(), doc.timestamp(), leaf, Timestamp.from(now), id)
                    .update();
            breeders.audit(
                    "agreement-accept",
                    subject(id),
                    r.provider(),
                    "by " + b.username() + ", issued sha256:" + hex(doc.sha256()));
            if (r.requestId() != null && r.amends() == null) {
                RequestStore.Row req = requests.row(r.requestId());
                if (req.state() == RequestState.APPROVED) {
                    requests.move(req, RequestState.AGREED, b.username(), org, "agreement " + id);
                }
            }
        });
        return find(id);
    }

    private void storeAcceptance(UUID id, AgreementView.Acceptance a) {
        db.sql("""
                        INSERT INTO sharing_acceptance (agreement_id, organisation_id, username, terms_sha256, accepted_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(Breeders.args(
                        id,
                        a.organisationId(),
                        a.username(),
                        HexFormat.of().parseHex(a.termsSha256()),
                        Timestamp.from(a.acceptedAt())))
                .update();
    }

    /** The issued document: the terms, their digest and both acceptances. */
    private Map<String, Object> document(Row r, List<AgreementView.Acceptance> acceptances, Instant acceptedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", AgreementTemplate.SCHEMA);
        m.put("id", r.id().toString());
        m.put("terms", terms(r));
        m.put("termsSha256", hex(r.termsSha256()));
        m.put(
                "acceptances",
                acceptances.stream()
                        .map(a -> {
                            Map<String, Object> x = new LinkedHashMap<>();
                            x.put("organisationId", a.organisationId());
                            x.put("username", a.username());
                            x.put("termsSha256", a.termsSha256());
                            x.put("acceptedAt", a.acceptedAt().toString());
                            return (Object) x;
                        })
                        .toList());
        m.put("acceptedAt", acceptedAt.toString());
        return m;
    }

    /** An agreement, for its two parties only (to anyone else it does not exist). */
    @Transactional(readOnly = true)
    public AgreementView find(UUID id) {
        return view(party(id));
    }

    /** Agreements of the breeder's organisation, either side, newest first. */
    @Transactional(readOnly = true)
    public List<AgreementView> ofOwnOrganisation() {
        long org = breeders.require().organisationId();
        return db
                .sql(
                        SELECT
                                + " WHERE provider_organisation_id = ? OR recipient_organisation_id = ? ORDER BY drafted_at DESC")
                .params(org, org)
                .query(Agreements::map)
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    /** Accepted agreements with this provider and recipient, oldest first (a claim cites their derived-variety clause). */
    List<Row> acceptedBetween(long provider, long recipient) {
        return db.sql(SELECT
                        + " WHERE state = 'ACCEPTED' AND provider_organisation_id = ? AND recipient_organisation_id = ?"
                        + " ORDER BY accepted_at")
                .params(provider, recipient)
                .query(Agreements::map)
                .list();
    }

    /** Any agreement by id, for a claim that cites it (its parties are the claim's). */
    Row row(UUID id) {
        return db.sql(SELECT + " WHERE id = ?").param(id).query(Agreements::map).single();
    }

    /** An accepted agreement for its certificate; a draft has none. */
    @Transactional(readOnly = true)
    Row accepted(UUID id) {
        Row r = party(id);
        if (r.state() != AgreementState.ACCEPTED) {
            throw new Conflict("state", "agreement " + id + " is not accepted by both parties yet: no certificate");
        }
        return r;
    }

    /** The issued document's canonical bytes, for its parties. */
    @Transactional(readOnly = true)
    public byte[] document(UUID id) {
        return Objects.requireNonNull(accepted(id).content());
    }

    /** The public re-check of an accepted agreement: time-stamp, content digest, inclusion in the newest checkpoint. */
    @Transactional(readOnly = true)
    public AgreementVerification verification(UUID id) {
        Row r = db.sql(SELECT + " WHERE id = ? AND state = 'ACCEPTED'")
                .param(id)
                .query(Agreements::map)
                .optional()
                .orElseThrow(() -> new NotFound("accepted agreement " + id));
        byte[] sha = Objects.requireNonNull(r.sha256());
        EvidenceDocuments.Check check = evidence.recheck(
                KIND,
                id,
                sha,
                Objects.requireNonNull(r.content()),
                Objects.requireNonNull(r.timestamp()),
                Objects.requireNonNull(r.logIndex()));
        Instant time = check.timestamp();
        return new AgreementVerification(
                id.toString(),
                hex(sha),
                String.valueOf(r.acceptedAt()),
                Objects.requireNonNull(r.logIndex()),
                time == null ? null : time.toString(),
                check.checkpoint(),
                check.valid(),
                check.reason());
    }

    Row party(UUID id) {
        long org = breeders.organisationOrNone();
        Optional<Row> r = db.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(Agreements::map)
                .optional();
        if (r.isEmpty() || (r.get().provider() != org && r.get().recipient() != org)) {
            throw new NotFound("agreement " + id);
        }
        return r.get();
    }

    List<AgreementView.Acceptance> acceptances(UUID id) {
        return db.sql("""
                        SELECT organisation_id, username, terms_sha256, accepted_at FROM sharing_acceptance
                        WHERE agreement_id = ? ORDER BY accepted_at, organisation_id""")
                .param(id)
                .query((rs, i) -> new AgreementView.Acceptance(
                        rs.getLong("organisation_id"),
                        rs.getString("username"),
                        hex(rs.getBytes("terms_sha256")),
                        rs.getTimestamp("accepted_at").toInstant()))
                .list();
    }

    AgreementView view(Row r) {
        return new AgreementView(
                r.id(),
                r.requestId(),
                r.amends(),
                r.state(),
                r.provider(),
                breeders.name(r.provider()),
                r.recipient(),
                breeders.name(r.recipient()),
                terms(r),
                hex(r.termsSha256()),
                acceptances(r.id()),
                r.sha256() == null ? null : hex(r.sha256()),
                r.logIndex(),
                r.acceptedAt(),
                r.draftedBy(),
                r.draftedAt());
    }

    static Map<String, Object> terms(Row r) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(r.terms(), LinkedHashMap.class);
        return m;
    }

    static String subject(UUID id) {
        return "sharing-agreement:" + id;
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", Long.class),
                rs.getObject("amends", UUID.class),
                rs.getLong("provider_organisation_id"),
                rs.getLong("recipient_organisation_id"),
                rs.getBytes("terms"),
                rs.getBytes("terms_sha256"),
                AgreementState.valueOf(rs.getString("state")),
                rs.getString("drafted_by"),
                rs.getTimestamp("drafted_at").toInstant(),
                rs.getBytes("content"),
                rs.getBytes("sha256"),
                rs.getBytes("timestamp_response"),
                rs.getObject("log_index", Long.class),
                accepted == null ? null : accepted.toInstant());
    }
}
