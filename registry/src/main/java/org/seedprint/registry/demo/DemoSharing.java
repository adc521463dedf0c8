package org.seedprint.registry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.matching.ScreeningContext;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.sharing.AccessRequests;
import org.seedprint.registry.sharing.AgreementView;
import org.seedprint.registry.sharing.Agreements;
import org.seedprint.registry.sharing.Approval;
import org.seedprint.registry.sharing.ClaimView;
import org.seedprint.registry.sharing.Claims;
import org.seedprint.registry.sharing.NewOffer;
import org.seedprint.registry.sharing.NewRequest;
import org.seedprint.registry.sharing.OfferTerms;
import org.seedprint.registry.sharing.OfferView;
import org.seedprint.registry.sharing.Offers;
import org.seedprint.registry.sharing.RequestState;
import org.seedprint.registry.sharing.RequestView;
import org.seedprint.registry.sharing.SharingUse;
import org.seedprint.registry.sharing.Shipment;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.stereotype.Component;

/**
 * The demo's benefit-sharing cycle, made through the sharing area's services as the demo
 * breeders: the owner offers its open and sealed deposits, the rival requests them (one request
 * left in each state, the agreed ones with both acceptances and so an issued certificate), and the
 * rival's application for a demo rice EDV is screened, which opens a claim notice for the owner
 * of the variety it derives from.
 */
@Component
class DemoSharing {

    /** The rice EDV the demo screens (a backcross of authorised demo varieties) and its application. */
    static final String EDV = "Qiongzao 112";

    static final String EDV_APPLICATION = "202400307.7";

    /** The requests on the sealed offer (asking for sealed access); the others are on the open one. */
    private static final Set<RequestState> ON_SEALED =
            EnumSet.of(RequestState.REQUESTED, RequestState.REFUSED, RequestState.AGREED, RequestState.CLOSED);

    /** The states after both parties accepted: their agreements are issued. */
    private static final Set<RequestState> ISSUED =
            EnumSet.of(RequestState.AGREED, RequestState.FULFILLED, RequestState.CLOSED);

    /** What the demo made: the offers, one request per state, the accepted agreements, the claim (none without the rice library). */
    record Made(
            List<OfferView> offers,
            List<RequestView> requests,
            List<AgreementView> accepted,
            @Nullable ClaimView claim) {}

    private final Offers offers;
    private final AccessRequests requests;
    private final Agreements agreements;
    private final Claims claims;
    private final VarietyService varieties;
    private final ProfileService profiles;
    private final MatchingService matching;
    private final CurrentUsers users;

    DemoSharing(
            Offers offers,
            AccessRequests requests,
            Agreements agreements,
            Claims claims,
            VarietyService varieties,
            ProfileService profiles,
            MatchingService matching,
            CurrentUsers users) {
        this.offers = offers;
        this.requests = requests;
        this.agreements = agreements;
        this.claims = claims;
        this.varieties = varieties;
        this.profiles = profiles;
        this.matching = matching;
        this.users = users;
    }

    /** {@code open} and {@code sealed} are the owner's deposits; {@code owner} and {@code rival} breeders of two organisations. */
    Made seed(String owner, String rival, Deposit open, Deposit sealed) throws Exception {
        OfferTerms terms =
                new OfferTerms(new BigDecimal("1200.00"), "CNY", new BigDecimal("2.50"), new BigDecimal("5.00"), 36);
        // the open deposit's passport data is offered too; the sealed one's is not
        OfferView openOffer = as(
                owner,
                () -> offers.offer(new NewOffer(
                        open.id(),
                        "示范公开品系 Demo open line 1",
                        "公开存证的示范水稻品系，可供科研与育种。Open demo rice line for research and breeding.",
                        true,
                        "200 g",
                        true,
                        true,
                        Set.of(SharingUse.RESEARCH, SharingUse.BREEDING),
                        terms)));
        NewOffer sealedTerms = new NewOffer(
                sealed.id(),
                "耐盐高产保密品系 Salt-tolerant high-yield line (sealed)",
                "保密存证；批准后可查阅内容。Sealed deposit: its content is readable once a request is approved.",
                true,
                "100 g",
                true,
                false,
                Set.of(SharingUse.values()),
                terms);
        OfferView sealedOffer = as(owner, () -> offers.offer(sealedTerms));

        List<RequestView> made = new ArrayList<>();
        for (RequestState state : RequestState.values()) {
            OfferView o = ON_SEALED.contains(state) ? sealedOffer : openOffer;
            RequestView r = DemoWorkspaces.as(
                    rival,
                    Role.BREEDER,
                    () -> requests.request(
                            o.id(),
                            new NewRequest(
                                    SharingUse.BREEDING,
                                    "50 g",
                                    "示范申请（" + state + "）Demo request left " + state,
                                    o.sealed())));
            made.add(walk(r.id(), state, owner, rival));
        }
        List<AgreementView> accepted = new ArrayList<>();
        for (RequestView r : made) {
            if (r.agreementId() != null && ISSUED.contains(r.state())) {
                UUID id = Objects.requireNonNull(r.agreementId());
                accepted.add(DemoWorkspaces.as(owner, Role.BREEDER, () -> agreements.find(id)));
            }
        }
        return new Made(List.of(openOffer, sealedOffer), made, accepted, claim(rival));
    }

    /** Moves a new request to {@code target} as the side each step needs. */
    private RequestView walk(long id, RequestState target, String owner, String rival) throws Exception {
        RequestView r = DemoWorkspaces.as(owner, Role.BREEDER, () -> requests.find(id));
        switch (target) {
            case REQUESTED -> {
                return r;
            }
            case REFUSED -> {
                return as(owner, () -> requests.refuse(id, "示范：数量不足 Demo: not enough seed"));
            }
            case WITHDRAWN -> {
                return as(rival, () -> requests.withdraw(id, "示范：不再需要 Demo: no longer needed"));
            }
            default -> {}
        }
        r = as(owner, () -> requests.approve(id, new Approval(null, "示范批准 Demo approval")));
        if (target == RequestState.APPROVED) return r;
        UUID agreement = Objects.requireNonNull(r.agreementId());
        for (String party : List.of(owner, rival)) {
            as(party, () -> {
                AgreementView a = agreements.find(agreement);
                return agreements.accept(agreement, a.termsSha256());
            });
        }
        if (target == RequestState.AGREED) return as(owner, () -> requests.find(id));
        r = as(owner, () -> requests.fulfil(id, new Shipment("SP-DEMO-" + id, "50 g", LocalDate.of(2026, 11, 25))));
        if (target == RequestState.FULFILLED) return r;
        return as(rival, () -> requests.close(id, "示范：已收到 Demo: received"));
    }

    /**
     * The rival's application for the demo rice EDV, screened as an examination would: its stored
     * profile against the library. The hit on the authorised variety it derives from opens the
     * claim notice for that variety's owner; a rerun updates it.
     */
    @Nullable
    ClaimView claim(String rival) throws Exception {
        var edv = varieties.findByDenomination("ORYZA_SAT", EDV, null);
        if (edv.isEmpty()) return null;
        var stored = profiles.profilesOfVariety(edv.get().getId());
        if (stored.isEmpty()) return null;
        long profile = stored.getFirst().getId();
        Long applicant = as(rival, () -> users.require().organisationId());
        as(
                rival,
                () -> matching.matchStored(
                        profile,
                        20,
                        new ScreeningContext(
                                ScreeningContext.Kind.APPLICATION,
                                EDV_APPLICATION,
                                EDV + " (demo application " + EDV_APPLICATION + ")",
                                applicant,
                                null)));
        return as(
                rival,
                () -> claims.list(false).stream()
                        .filter(c -> EDV_APPLICATION.equals(c.reference()))
                        .findFirst()
                        .orElse(null));
    }

    private static <T> T as(String breeder, Callable<T> action) throws Exception {
        return DemoWorkspaces.as(breeder, Role.BREEDER, action);
    }
}
