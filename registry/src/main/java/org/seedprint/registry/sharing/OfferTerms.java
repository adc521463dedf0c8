package org.seedprint.registry.sharing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Invalid;

/**
 * The payment and duration terms of the agreement template: a fixed fee and/or a royalty share of
 * sales of products incorporating the material, and the share due under the derived-variety clause.
 *
 * @param feeAmount             fixed fee, with {@code feeCurrency} (ISO 4217), or both null
 * @param royaltyPercent        percent of sales of products incorporating the material, or null
 * @param derivedVarietyPercent percent due to the provider when an essentially derived variety is protected or sold
 * @param durationMonths        how long the agreement runs
 */
public record OfferTerms(
        @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal feeAmount,

        @Nullable @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as CNY")
        String feeCurrency,

        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal royaltyPercent,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal derivedVarietyPercent,

        // a wrapper, so that an absent duration is a validation error naming it, not an unreadable body
        @NotNull @Min(1) @Max(1200) Integer durationMonths) {

    /** The rules bean validation does not state: fee and currency together, and valid for callers that skip validation. */
    OfferTerms checked(String field) {
        if ((feeAmount == null) != (feeCurrency == null)) {
            throw new Invalid(field + ".feeCurrency", field + ": a fee needs its currency, and a currency its fee");
        }
        if (feeCurrency != null && !feeCurrency.matches("[A-Z]{3}")) {
            throw new Invalid(field + ".feeCurrency", field + ".feeCurrency: an ISO 4217 code such as CNY");
        }
        if (feeAmount != null
                && (feeAmount.signum() < 0
                        || feeAmount.scale() > 2
                        || feeAmount.precision() - feeAmount.scale() > 12)) {
            throw new Invalid(field + ".feeAmount", field + ".feeAmount: 0 or more, at most 2 decimals");
        }
        percent(field + ".royaltyPercent", royaltyPercent);
        percent(field + ".derivedVarietyPercent", derivedVarietyPercent);
        if (derivedVarietyPercent == null) {
            throw new Invalid(
                    field + ".derivedVarietyPercent", field + ".derivedVarietyPercent: required (0 for none)");
        }
        if (durationMonths == null || durationMonths < 1 || durationMonths > 1200) {
            throw new Invalid(field + ".durationMonths", field + ".durationMonths: 1 to 1200 months");
        }
        return this;
    }

    private static void percent(String field, @Nullable BigDecimal p) {
        if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 2)) {
            throw new Invalid(field, field + ": a percent from 0 to 100, at most 2 decimals");
        }
    }
}
