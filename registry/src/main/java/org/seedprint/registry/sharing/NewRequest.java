package org.seedprint.registry.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A breeder of another organisation asks for offered material.
 *
 * @param sealedAccess whether it asks to read the sealed deposit's content once approved
 */
public record NewRequest(
        @NotNull SharingUse intendedUse,
        @Nullable @Size(max = 64) String quantity,
        @NotBlank @Size(max = 4000) String purpose,
        Boolean sealedAccess) {

    /** An absent flag is false. */
    @SuppressWarnings("ConstantConditions") // Jackson passes null for an absent flag
    public NewRequest {
        sealedAccess = sealedAccess != null && sealedAccess;
    }
}
