package org.seedprint.registry.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.deposits.DepositMaterial;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.matching.CloseMatchFound;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim notices opened by screenings: every close hit ({@code indistinct} or {@code edv-candidate})
 * on an authorised variety with a registered owner, or on a profile a deposit was made for, opens
 * one notice per (candidate, matched material) for that owner, or updates it when the candidate is screened again. The owner then
 * claims or dismisses it, and settles a claim with an agreement or disputes it.
 */
@Service
@Transactional
public class Claims {

    private static final String SELECT = """
            SELECT id, owner_organisation_id, candidate, applicant_organisation_id, applicant, screening_kind, reference,
                   matched_kind, matched_id, crop, classification, similarity, compared, differing, run_id, screenings,
                   agreement_id, state, settlement_agreement_id, case_reference, detected_at, updated_at
            FROM sharing_claim""";

    private static final String UPSERT = """
            INSERT INTO sharing_claim (owner_organisation_id, candidate_key, candidate, applicant_organisation_id, applicant,
                screening_kind, reference, matched_kind, matched_id, matched_profile_id, crop, classification, similarity,
                compared, differing, run_id, agreement_id, state, detected_at, updated_at)
            VALUES (:owner, :key, :candidate, :applicantId, :applicant, :kind, :reference, :matchedKind, :matched, :profile,
                :crop, :class, :similarity, :compared, :differing, :run, :agreement, 'DETECTED', :at, :at)
            ON CONFLICT (candidate_key, matched_kind, matched_id) DO UPDATE SET
                classification = EXCLUDED.classification, similarity = EXCLUDED.similarity, compared = EXCLUDED.compared,
                differing = EXCLUDED.differing, run_id = EXCLUDED.run_id, screening_kind = EXCLUDED.screening_kind,
                screenings = sharing_claim.screenings + 1, updated_at = EXCLUDED.updated_at,
                agreement_id = COALESCE(sharing_claim.agreement_id, EXCLUDED.agreement_id)
            RETURNING id, (xmax = 0) AS opened""";

    private final JdbcClient db;
    private final Agreements agreements;
    private final Breeders breeders;
    private final DepositService deposits;

    Claims(JdbcClient db, Agreements agreements, Breeders breeders, DepositService deposits) {
        this.db = db;
        this.agreements = agreements;
        this.breeders = breeders;
        this.deposits = deposits;
    }

    /**
     * In the screening's transaction: a notice opened or updated commits with the screening. The
     * matched profile may belong to an owned authorised variety, to deposits (the deposits area
     * tells whose, never what they hold), or both; each owner gets one notice per material, and an
     * owner whose variety is matched gets no second notice for its deposit of the same profile.
     */
    @EventListener
    void onCloseMatch(CloseMatchFound e) {
        if (!CloseMatchFound.isClose(e.classification())) return;
        Long applicant = e.context().applicantOrganisationId();
        // a stored profile finding itself is no claim
        if (e.context().candidate().equals("profile " + e.matchedProfileId())) return;
        Set<Long> notified = new HashSet<>();
        Long owner = e.ownerOrganisationId();
        Long variety = e.varietyId();
        if (owner != null && variety != null && "AUTHORISED".equals(e.varietyKind()) && !owner.equals(applicant)) {
            notice(e, owner, "VARIETY", String.valueOf(variety));
            notified.add(owner);
        }
        for (DepositMaterial d : deposits.depositsOfProfile(e.matchedProfileId())) {
            Long depositor = d.organisationId();
            // the owner screening its own material is no claim either
            if (depositor == null || depositor.equals(applicant) || !notified.add(depositor)) continue;
            notice(e, depositor, "DEPOSIT", d.depositId().toString());
        }
    }

    private void notice(CloseMatchFound e, long owner, String kind, String matched) {
        Long applicant = e.context().applicantOrganisationId();
        String candidate = e.context().candidate().isBlank()
                ? "run " + e.runId()
                : e.context().candidate();
        String reference = e.context().reference();
        String key = (applicant == null ? "-" : applicant) + ":" + (reference != null ? "ref " + reference : candidate);
        @Nullable UUID cited = applicant == null ? null : citedAgreement(owner, applicant, kind, matched, e);
        record Upserted(long id, boolean opened) {}
        Upserted u = db.sql(UPSERT)
                .param("owner", owner)
                .param("key", cut(key, 400))
                .param("candidate", cut(candidate, 300))
                .param("applicantId", applicant)
                .param(
                        "applicant",
                        e.context().applicantOrganisation() != null
                                ? cut(Objects.requireNonNull(e.context().applicantOrganisation()), 300)
                                : applicant == null ? null : breeders.name(applicant))
                .param("kind", e.context().kind().label())
                .param("reference", reference)
                .param("matchedKind", kind)
                .param("matched", matched)
                .param("profile", e.matchedProfileId())
                .param("crop", e.cropCode())
                .param("class", e.classification())
                .param("similarity", e.similarity())
                .param("compared", e.compared())
                .param("differing", e.differing())
                .param("run", e.runId())
                .param("agreement", cited)
                .param("at", Timestamp.from(e.at()))
                .query((rs, i) -> new Upserted(rs.getLong("id"), rs.getBoolean("opened")))
                .single();
        if (u.opened()) {
            event(
                    u.id(),
                    null,
                    ClaimState.DETECTED,
                    "system",
                    e.context().kind().label() + " run " + e.runId());
            move(u.id(), ClaimState.DETECTED, ClaimState.NOTIFIED, "system", "in the owner's inbox");
        } else {
            breeders.audit(
                    "claim-rescreen", subject(u.id()), owner, "run " + e.runId() + ", similarity " + e.similarity());
        }
    }

    /**
     * An accepted agreement with the owner as provider and the applicant as recipient that covers
     * the matched material: the matched deposit itself, or a deposit made for the matched variety
     * or for the matched profile. Same parties and crop alone are not enough.
     */
    private @Nullable UUID citedAgreement(long owner, long applicant, String kind, String matched, CloseMatchFound e) {
        for (Agreements.Row r : agreements.acceptedBetween(owner, applicant)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> material =
                    (List<Map<String, Object>>) Agreements.terms(r).get("material");
            if (material == null) continue;
            for (Map<String, Object> m : material) {
                if (!(m.get("depositId") instanceof String id)) continue;
                if (kind.equals("DEPOSIT") && id.equals(matched)) return r.id();
                UUID deposit;
                try {
                    deposit = UUID.fromString(id);
                } catch (IllegalArgumentException bad) {
                    continue;
                }
                var named = deposits.material(deposit);
                if (named.isEmpty()) continue;
                boolean sameProfile =
                        Long.valueOf(e.matchedProfileId()).equals(named.get().profileId());
                boolean sameVariety = kind.equals("VARIETY")
                        && matched.equals(String.valueOf(named.get().varietyId()));
                if (sameProfile || sameVariety) return r.id();
            }
        }
        return null;
    }

    public ClaimView claim(long id, @Nullable String note) {
        return ownerMoves(id, ClaimState.CLAIMED, note);
    }

    public ClaimView dismiss(long id, @Nullable String note) {
        return ownerMoves(id, ClaimState.DISMISSED, note);
    }

    /** Settled with an accepted agreement between the owner and the applicant. */
    public ClaimView settle(long id, UUID agreementId) {
        Row c = owned(id);
        Agreements.Row a;
        try {
            a = agreements.party(agreementId);
        } catch (NotFound e) {
            throw new Invalid("agreementId", "agreementId: no agreement " + agreementId + " of yours");
        }
        if (a.state() != AgreementState.ACCEPTED) {
            throw new Invalid(
                    "agreementId", "agreementId: agreement " + agreementId + " is not accepted by both parties");
        }
        if (a.provider() != c.owner() || !Long.valueOf(a.recipient()).equals(c.applicantId())) {
            throw new Invalid(
                    "agreementId",
                    "agreementId: the agreement is not between the owner and the applicant of this claim");
        }
        ClaimView v = ownerMoves(id, ClaimState.SETTLED, "agreement " + agreementId);
        db.sql("UPDATE sharing_claim SET settlement_agreement_id = ? WHERE id = ?")
                .params(agreementId, id)
                .update();
        return find(v.id());
    }

    /** Disputed; the case reference lets a court attach it. */
    public ClaimView dispute(long id, @Nullable String caseReference) {
        ClaimView v = ownerMoves(id, ClaimState.DISPUTED, caseReference);
        if (caseReference != null && !caseReference.isBlank()) {
            db.sql("UPDATE sharing_claim SET case_reference = ? WHERE id = ?")
                    .params(cut(caseReference.strip(), 128), id)
                    .update();
        }
        return find(v.id());
    }

    /** A notice, for the owner and the applicant only. */
    @Transactional(readOnly = true)
    public ClaimView find(long id) {
        return view(visible(id));
    }

    /** The notices raised for the breeder's organisation as owner ({@code asOwner}) or against its candidates. */
    @Transactional(readOnly = true)
    public List<ClaimView> list(boolean asOwner) {
        long org = breeders.require().organisationId();
        return db
                .sql(SELECT + (asOwner ? " WHERE owner_organisation_id = ?" : " WHERE applicant_organisation_id = ?")
                        + " ORDER BY updated_at DESC, id DESC")
                .param(org)
                .query(Claims::map)
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    private ClaimView ownerMoves(long id, ClaimState to, @Nullable String note) {
        Row c = owned(id);
        move(id, c.state(), to, breeders.require().username(), note);
        return find(id);
    }

    private void move(long id, ClaimState from, ClaimState to, String actor, @Nullable String note) {
        if (!from.next().contains(to)) {
            throw new Conflict(
                    "state",
                    "claim " + id + " is " + from + " and cannot become " + to
                            + (from.next().isEmpty() ? " (it is final)" : "; next: " + from.next()));
        }
        int n = db.sql("UPDATE sharing_claim SET state = ?, updated_at = now() WHERE id = ? AND state = ?")
                .params(to.name(), id, from.name())
                .update();
        if (n != 1) throw new Conflict("state", "claim " + id + " changed meanwhile; reload it");
        event(id, from, to, actor, note);
    }

    private void event(long id, @Nullable ClaimState from, ClaimState to, String actor, @Nullable String note) {
        db.sql(
                        "INSERT INTO sharing_claim_event (claim_id, from_state, to_state, actor, at, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Breeders.args(
                        id, from == null ? null : from.name(), to.name(), actor, Timestamp.from(Instant.now()), note))
                .update();
        long owner = db.sql("SELECT owner_organisation_id FROM sharing_claim WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
        breeders.audit(
                "claim-" + to.name().toLowerCase(Locale.ROOT), subject(id), owner, note == null ? to.name() : note);
    }

    private Row owned(long id) {
        Row c = visible(id);
        if (c.owner() != breeders.require().organisationId()) {
            throw new Forbidden("only the owner of the matched material answers claim " + id);
        }
        return c;
    }

    private Row visible(long id) {
        long org = breeders.require().organisationId();
        Row c = db.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(Claims::map)
                .optional()
                .orElseThrow(() -> new NotFound("claim " + id));
        if (c.owner() != org && !Long.valueOf(org).equals(c.applicantId())) throw new NotFound("claim " + id);
        return c;
    }

    private ClaimView view(Row c) {
        List<ClaimView.Step> steps = db.sql(
                        "SELECT from_state, to_state, actor, at, note FROM sharing_claim_event WHERE claim_id = ? ORDER BY id")
                .param(c.id())
                .query((rs, i) -> new ClaimView.Step(
                        rs.getString("from_state") == null ? null : ClaimState.valueOf(rs.getString("from_state")),
                        ClaimState.valueOf(rs.getString("to_state")),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("note")))
                .list();
        String clause = null;
        if (c.agreementId() != null) {
            Agreements.Row a = agreements.row(c.agreementId());
            @SuppressWarnings("unchecked")
            Map<String, Object> dv = (Map<String, Object>) Agreements.terms(a).get("derivedVariety");
            @SuppressWarnings("unchecked")
            Map<String, Object> text = dv == null ? null : (Map<String, Object>) dv.get("clause");
            clause = text == null ? null : text.get("zh") + " " + text.get("en");
        }
        return new ClaimView(
                c.id(),
                c.owner(),
                breeders.name(c.owner()),
                c.candidate(),
                c.applicantId(),
                c.applicant(),
                c.screening(),
                c.reference(),
                c.matched(),
                c.crop(),
                c.classification(),
                c.similarity(),
                c.compared(),
                c.differing(),
                c.runId(),
                c.screenings(),
                c.agreementId(),
                clause,
                c.state(),
                c.settlement(),
                c.caseReference(),
                c.detectedAt(),
                c.updatedAt(),
                steps);
    }

    static String subject(long id) {
        return "sharing-claim:" + id;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    record Row(
            long id,
            long owner,
            String candidate,
            @Nullable Long applicantId,
            @Nullable String applicant,
            String screening,
            @Nullable String reference,
            String matched,
            String crop,
            String classification,
            double similarity,
            int compared,
            int differing,
            long runId,
            int screenings,
            @Nullable UUID agreementId,
            ClaimState state,
            @Nullable UUID settlement,
            @Nullable String caseReference,
            Instant detectedAt,
            Instant updatedAt) {}

    private static Row map(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("owner_organisation_id"),
                rs.getString("candidate"),
                rs.getObject("applicant_organisation_id", Long.class),
                rs.getString("applicant"),
                rs.getString("screening_kind"),
                rs.getString("reference"),
                rs.getString("matched_kind").toLowerCase(Locale.ROOT) + ":" + rs.getString("matched_id"),
                rs.getString("crop"),
                rs.getString("classification"),
                rs.getDouble("similarity"),
                rs.getInt("compared"),
                rs.getInt("differing"),
                rs.getLong("run_id"),
                rs.getInt("screenings"),
                rs.getObject("agreement_id", UUID.class),
                ClaimState.valueOf(rs.getString("state")),
                rs.getObject("settlement_agreement_id", UUID.class),
                rs.getString("case_reference"),
                rs.getTimestamp("detected_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
