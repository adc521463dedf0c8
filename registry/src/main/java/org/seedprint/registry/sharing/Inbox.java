package org.seedprint.registry.sharing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits on the signed-in breeder's organisation: requests to answer, agreements to accept,
 * claims raised for it, and decisions on its own requests of the last 30 days; and the
 * organisation's report (agreements, requests both ways, claims, sums due) with its CSV.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    /** One thing waiting: its kind, the record it links to, and a line saying what. */
    public record Item(String kind, String link, String what, Instant since) {}

    /** Per-organisation report; {@code dueTo} and {@code dueFrom} sum fixed fees by currency. */
    public record Report(
            long organisationId,
            String organisation,
            List<AgreementView> agreements,
            List<RequestView> incoming,
            List<RequestView> outgoing,
            List<ClaimView> claims,
            Map<String, String> dueTo,
            Map<String, String> dueFrom) {}

    private final Breeders breeders;
    private final AccessRequests requests;
    private final Agreements agreements;
    private final Claims claims;

    Inbox(Breeders breeders, AccessRequests requests, Agreements agreements, Claims claims) {
        this.breeders = breeders;
        this.requests = requests;
        this.agreements = agreements;
        this.claims = claims;
    }

    public List<Item> items() {
        long org = breeders.require().organisationId();
        List<Item> out = new ArrayList<>();
        for (RequestView r : requests.all(true)) {
            if (r.state() == RequestState.REQUESTED) {
                out.add(new Item(
                        "request",
                        "/sharing/requests/" + r.id(),
                        r.requester() + " asks for " + r.offerTitle(),
                        r.requestedAt()));
            }
        }
        for (AgreementView a : agreements.ofOwnOrganisation()) {
            if (a.state() == AgreementState.DRAFT && !a.acceptedBy(org)) {
                String other = a.providerOrganisationId() == org ? a.recipient() : a.provider();
                out.add(new Item(
                        "agreement",
                        "/sharing/agreements/" + a.id(),
                        "agreement with " + other + " to accept",
                        a.draftedAt()));
            }
        }
        for (ClaimView c : claims.list(true)) {
            if (c.state() == ClaimState.NOTIFIED) {
                out.add(new Item(
                        "claim",
                        "/sharing/claims/" + c.id(),
                        c.candidate() + " " + c.classification() + " of " + c.matched(),
                        c.updatedAt()));
            }
        }
        Instant since = Instant.now().minus(30, ChronoUnit.DAYS);
        for (RequestView r : requests.all(false)) {
            RequestView.Transition last =
                    r.timeline().isEmpty() ? null : r.timeline().getLast();
            if (last != null
                    && (last.to() == RequestState.APPROVED || last.to() == RequestState.REFUSED)
                    && last.at().isAfter(since)) {
                out.add(new Item(
                        "decision",
                        "/sharing/requests/" + r.id(),
                        r.owner() + ": " + last.to() + " " + r.offerTitle(),
                        last.at()));
            }
        }
        out.sort((a, b) -> b.since().compareTo(a.since()));
        return out;
    }

    /** The number of items, for the page header; 0 for anyone who is not a breeder of an organisation. */
    public int count() {
        return breeders.organisationOrNone() < 0 ? 0 : items().size();
    }

    public Report report() {
        long org = breeders.require().organisationId();
        List<AgreementView> all = agreements.ofOwnOrganisation();
        return new Report(
                org,
                breeders.name(org),
                all,
                requests.all(true),
                requests.all(false),
                claims.list(true),
                fees(all, org, true),
                fees(all, org, false));
    }

    /** One row per accepted agreement: the sums due under it, from the organisation's side. */
    public String csv() {
        Report r = report();
        StringBuilder b = new StringBuilder(
                "agreement,role,counterparty,accepted_at,permitted_use,fee_amount,fee_currency,royalty_percent,derived_variety_percent,duration_months\n");
        for (AgreementView a : r.agreements()) {
            if (a.state() != AgreementState.ACCEPTED) continue;
            boolean provider = a.providerOrganisationId() == r.organisationId();
            Map<String, Object> payment = map(a.terms().get("payment"));
            Map<String, Object> fee = map(payment.get("fee"));
            b.append(a.id())
                    .append(',')
                    .append(provider ? "provider" : "recipient")
                    .append(',')
                    .append(csvField(provider ? a.recipient() : a.provider()))
                    .append(',')
                    .append(a.acceptedAt())
                    .append(',')
                    .append(a.terms().get("permittedUse"))
                    .append(',')
                    .append(text(fee.get("amount")))
                    .append(',')
                    .append(text(fee.get("currency")))
                    .append(',')
                    .append(text(payment.get("royaltyPercentOfSales")))
                    .append(',')
                    .append(text(map(a.terms().get("derivedVariety")).get("percentOfSales")))
                    .append(',')
                    .append(text(a.terms().get("durationMonths")))
                    .append('\n');
        }
        return b.toString();
    }

    private static Map<String, String> fees(List<AgreementView> all, long org, boolean toUs) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (AgreementView a : all) {
            if (a.state() != AgreementState.ACCEPTED || (a.providerOrganisationId() == org) != toUs) continue;
            Map<String, Object> fee = map(map(a.terms().get("payment")).get("fee"));
            if (fee.get("amount") instanceof String amount && fee.get("currency") instanceof String currency) {
                sums.merge(currency, new BigDecimal(amount), BigDecimal::add);
            }
        }
        Map<String, String> out = new TreeMap<>();
        sums.forEach((k, v) -> out.put(k, v.toPlainString()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
