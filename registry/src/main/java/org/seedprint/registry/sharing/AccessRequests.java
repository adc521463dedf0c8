package org.seedprint.registry.sharing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.cases.CaseGrants;
import org.seedprint.registry.cases.Grant;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access requests and their states. Each transition is allowed only to one side (the owner
 * approves, refuses and ships; the requester withdraws; either closes) and only from the state
 * that allows it; anything else ends in a domain exception and changes nothing.
 */
@Service
@Transactional
public class AccessRequests {

    private final JdbcClient db;
    private final RequestStore store;
    private final Offers offers;
    private final Agreements agreements;
    private final Breeders breeders;
    private final CaseGrants grants;

    AccessRequests(
            JdbcClient db,
            RequestStore store,
            Offers offers,
            Agreements agreements,
            Breeders breeders,
            CaseGrants grants) {
        this.grants = grants;
        this.db = db;
        this.store = store;
        this.offers = offers;
        this.agreements = agreements;
        this.breeders = breeders;
    }

    public RequestView request(long offerId, NewRequest r) {
        Breeders.Breeder b = breeders.require();
        Offers.Row offer;
        try {
            offer = offers.row(offerId);
        } catch (NotFound e) {
            throw new Invalid("offerId", "offerId: no offer " + offerId);
        }
        if (offer.withdrawnAt() != null) throw new Invalid("offerId", "offerId: offer " + offerId + " is withdrawn");
        if (offer.owner() == b.organisationId()) {
            throw new Forbidden("offer " + offerId + " is your organisation's own material");
        }
        if (r.intendedUse() == null || !offer.uses().contains(r.intendedUse())) {
            throw new Invalid("intendedUse", "intendedUse: offer " + offerId + " allows " + offer.uses());
        }
        if (r.purpose() == null || r.purpose().isBlank()) {
            throw new Invalid("purpose", "purpose: say what the material is for");
        }
        long id = db.sql("""
                        INSERT INTO sharing_request (offer_id, deposit_id, owner_organisation_id, requester_organisation_id,
                            requested_by, intended_use, quantity, purpose, sealed_access, state, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?) RETURNING id""")
                .params(Breeders.args(
                        offer.id(),
                        offer.depositId(),
                        offer.owner(),
                        b.organisationId(),
                        b.username(),
                        r.intendedUse().name(),
                        r.quantity() == null || r.quantity().isBlank()
                                ? null
                                : r.quantity().strip(),
                        r.purpose().strip(),
                        r.sealedAccess(),
                        Timestamp.from(Instant.now())))
                .query(Long.class)
                .single();
        store.event(id, null, RequestState.REQUESTED, b.username(), b.organisationId(), null);
        breeders.audit(
                "request", RequestStore.subject(id), offer.owner(), "offer " + offerId + " for " + r.intendedUse());
        return find(id);
    }

    /** The owner approves: the agreement is drafted from the template with the offer's (or these) terms. */
    public RequestView approve(long id, Approval a) {
        RequestStore.Row r = owned(id, "approve");
        store.move(r, RequestState.APPROVED, breeders.require().username(), r.owner(), a.note());
        Offers.Row offer = offers.row(r.offerId());
        OfferTerms terms = a.terms() == null ? offer.terms() : a.terms().checked("terms");
        UUID agreement = agreements.draft(r, offer, terms);
        if (r.sealedAccess() && offers.view(offer).sealed()) {
            // the same grants, access policy and sealed-read audit as a court's: one mechanism
            Grant g = grants.grantByAccessAgreement(
                    r.depositId(), r.requester(), "sharing request " + id + ", agreement " + agreement);
            db.sql("UPDATE sharing_request SET grant_id = ? WHERE id = ?")
                    .params(g.id(), id)
                    .update();
        }
        return find(id);
    }

    public RequestView refuse(long id, @Nullable String note) {
        RequestStore.Row r = owned(id, "refuse");
        store.move(r, RequestState.REFUSED, breeders.require().username(), r.owner(), note);
        return find(id);
    }

    public RequestView withdraw(long id, @Nullable String note) {
        RequestStore.Row r = party(id);
        Breeders.Breeder b = breeders.require();
        if (r.requester() != b.organisationId()) throw new Forbidden("only the requester can withdraw request " + id);
        store.move(r, RequestState.WITHDRAWN, b.username(), b.organisationId(), note);
        return find(id);
    }

    /** The owner records the shipment of the agreed material. */
    public RequestView fulfil(long id, Shipment s) {
        RequestStore.Row r = owned(id, "record the shipment of");
        if (s.sampleId() == null || s.sampleId().isBlank())
            throw new Invalid("sampleId", "sampleId: the physical sample's ID");
        if (s.quantity() == null || s.quantity().isBlank()) throw new Invalid("quantity", "quantity: what was shipped");
        if (s.shippedOn() == null) throw new Invalid("shippedOn", "shippedOn: the date of shipment");
        store.move(r, RequestState.FULFILLED, breeders.require().username(), r.owner(), "sample " + s.sampleId());
        db.sql("UPDATE sharing_request SET shipment_sample_id = ?, shipment_quantity = ?, shipped_on = ? WHERE id = ?")
                .params(s.sampleId().strip(), s.quantity().strip(), Date.valueOf(s.shippedOn()), id)
                .update();
        return find(id);
    }

    /** Either party closes a fulfilled request. */
    public RequestView close(long id, @Nullable String note) {
        RequestStore.Row r = party(id);
        Breeders.Breeder b = breeders.require();
        store.move(r, RequestState.CLOSED, b.username(), b.organisationId(), note);
        return find(id);
    }

    /** A request, for its two parties only (to anyone else it does not exist). */
    @Transactional(readOnly = true)
    public RequestView find(long id) {
        return view(party(id));
    }

    /** The requests to the breeder's organisation ({@code incoming}) or from it. */
    @Transactional(readOnly = true)
    public PageResponse<RequestView> list(boolean incoming, @Nullable RequestState state, Pageable page) {
        List<RequestView> all = all(incoming).stream()
                .filter(r -> state == null || r.state() == state)
                .toList();
        return PageResponse.slice(all, page);
    }

    /** Every request to ({@code incoming}) or from the breeder's organisation, newest first. */
    @Transactional(readOnly = true)
    public List<RequestView> all(boolean incoming) {
        long org = breeders.require().organisationId();
        return store.rows((incoming ? "r.owner_organisation_id" : "r.requester_organisation_id") + " = ?", org).stream()
                .map(this::view)
                .toList();
    }

    private RequestStore.Row owned(long id, String what) {
        RequestStore.Row r = party(id);
        if (r.owner() != breeders.require().organisationId()) {
            throw new Forbidden("only the owner of the material can " + what + " request " + id);
        }
        return r;
    }

    private RequestStore.Row party(long id) {
        long org = breeders.require().organisationId();
        RequestStore.Row r = store.row(id);
        if (r.owner() != org && r.requester() != org) throw new NotFound("access request " + id);
        return r;
    }

    RequestView view(RequestStore.Row r) {
        return new RequestView(
                r.id(),
                r.offerId(),
                offers.row(r.offerId()).title(),
                r.depositId(),
                r.owner(),
                breeders.name(r.owner()),
                r.requester(),
                breeders.name(r.requester()),
                r.requestedBy(),
                r.use(),
                r.quantity(),
                r.purpose(),
                r.sealedAccess(),
                r.state(),
                r.grantId(),
                r.shipment(),
                r.agreementId(),
                r.requestedAt(),
                store.timeline(r.id()));
    }
}
