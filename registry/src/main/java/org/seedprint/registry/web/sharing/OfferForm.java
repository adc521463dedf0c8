package org.seedprint.registry.web.sharing;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.sharing.NewOffer;
import org.seedprint.registry.sharing.OfferTerms;
import org.seedprint.registry.sharing.SharingUse;

/** The offer form as the browser sends it; checkboxes absent (null) when unticked. */
public record OfferForm(
        @Nullable String title,
        @Nullable String summary,
        @Nullable Boolean offersSeed,
        @Nullable String seedQuantity,
        @Nullable Boolean offersGenotype,
        @Nullable Boolean offersPassport,
        @Nullable List<String> uses,
        @Nullable String feeAmount,
        @Nullable String feeCurrency,
        @Nullable String royaltyPercent,
        @Nullable String derivedVarietyPercent,
        @Nullable String durationMonths) {

    static OfferForm empty() {
        return new OfferForm(
                null, null, true, null, true, false, List.of("RESEARCH", "BREEDING"), null, "CNY", null, "5", "36");
    }

    public boolean allows(String use) {
        return uses != null && uses.contains(use);
    }

    NewOffer offer(UUID depositId) {
        Set<SharingUse> chosen = EnumSet.noneOf(SharingUse.class);
        if (uses != null) for (String u : uses) chosen.add(Objects.requireNonNull(Fields.use("uses", u)));
        return new NewOffer(
                depositId,
                Fields.required("title", title),
                Fields.required("summary", summary),
                Boolean.TRUE.equals(offersSeed),
                Boolean.TRUE.equals(offersSeed) ? Fields.blank(seedQuantity) : null,
                Boolean.TRUE.equals(offersGenotype),
                Boolean.TRUE.equals(offersPassport),
                chosen,
                terms());
    }

    private OfferTerms terms() {
        var fee = Fields.decimal("terms.feeAmount", feeAmount);
        return new OfferTerms(
                fee,
                fee == null ? null : Fields.blank(feeCurrency),
                Fields.decimal("terms.royaltyPercent", royaltyPercent),
                Objects.requireNonNull(Fields.decimal(
                        "terms.derivedVarietyPercent",
                        Fields.required("terms.derivedVarietyPercent", derivedVarietyPercent))),
                Fields.whole("terms.durationMonths", durationMonths));
    }
}
