package org.seedprint.registry.sharing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A depositor offers deposited material: what (seed or tissue, genotype data, passport data),
 * for which uses, and the default terms of the agreement. For a sealed deposit, {@code title}
 * and {@code summary} are all the catalogue shows of it besides crop, owner and digest.
 */
public record NewOffer(
        @NotNull UUID depositId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String summary,
        Boolean offersSeed,
        @Nullable @Size(max = 64) String seedQuantity,
        Boolean offersGenotype,
        Boolean offersPassport,
        @NotEmpty Set<SharingUse> uses,
        @NotNull @Valid OfferTerms terms) {

    /** An absent flag is false (not a body error that would hide the field really at fault). */
    @SuppressWarnings("ConstantConditions") // Jackson passes null for an absent flag
    public NewOffer {
        offersSeed = offersSeed != null && offersSeed;
        offersGenotype = offersGenotype != null && offersGenotype;
        offersPassport = offersPassport != null && offersPassport;
    }
}
