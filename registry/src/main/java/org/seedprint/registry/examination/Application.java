package org.seedprint.registry.examination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application for protection of a candidate variety, as filed in a batch.
 *
 * @param derivation claimed kind of derivation: CROSS, HYBRID, BACKCROSS, MUTATION, SELECTION or UNKNOWN
 * @param reportId   the comparison report it was reported in, once {@link Status#REPORTED}
 */
public record Application(
        long id,
        String number,
        long applicantOrganisationId,
        String applicantOrganisation,
        String cropCode,
        @Nullable String denominationLatin,
        @Nullable String denominationChinese,
        @Nullable String claimedFemale,
        @Nullable String claimedMale,
        @Nullable String derivation,
        LocalDate filingDate,
        long batchId,
        String sample,
        Status status,
        @Nullable String screenedClass,
        @Nullable UUID reportId,
        Instant createdAt,
        Instant updatedAt) {

    /** {@code filed -> screened -> decided -> reported}; a reopened decision goes back to screened. */
    public enum Status {
        FILED,
        SCREENED,
        DECIDED,
        REPORTED
    }

    public String denomination() {
        if (denominationLatin != null && denominationChinese != null)
            return denominationChinese + " / " + denominationLatin;
        return denominationLatin != null ? denominationLatin : String.valueOf(denominationChinese);
    }
}
