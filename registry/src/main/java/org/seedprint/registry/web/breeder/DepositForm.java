package org.seedprint.registry.web.breeder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.deposits.DepositRequest;
import org.seedprint.registry.deposits.Visibility;
import org.seedprint.registry.platform.DomainException.Invalid;

/**
 * The deposit form as the browser sends it: passport data (MCPD), pedigree and history, the
 * physical sample, open or sealed. Blank fields are absent, not empty strings, so that the
 * canonical content holds only what the breeder stated.
 */
public record DepositForm(
        @Nullable String crop,
        @Nullable String visibility,
        @Nullable String accessionNumber,
        @Nullable String accessionName,
        @Nullable String instituteCode,
        @Nullable String genus,
        @Nullable String species,
        @Nullable String subtaxa,
        @Nullable String biologicalStatus,
        @Nullable String originCountry,
        @Nullable String acquisitionDate,
        @Nullable String breedingInstituteCode,
        @Nullable String ancestralData,
        @Nullable String remarks,
        @Nullable String pedigree,
        @Nullable String breedingHistory,
        @Nullable String description,
        @Nullable Long varietyId,
        @Nullable String barcode,
        @Nullable String quantity,
        @Nullable String storagePlace,
        @Nullable String receivedBy,
        @Nullable String receivedAt) {

    static DepositForm empty() {
        return new DepositForm(
                null, "SEALED", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    // DepositRequest's optional fields are not marked @Nullable (the deposits area's record): absent is null there.
    @SuppressWarnings("NullAway")
    DepositRequest request() {
        return new DepositRequest(
                required("crop", crop),
                chosenVisibility(),
                new DepositRequest.Passport(
                        blank(instituteCode),
                        required("passport.accessionNumber", accessionNumber),
                        blank(accessionName),
                        blank(genus),
                        blank(species),
                        blank(subtaxa),
                        blank(biologicalStatus),
                        upper(originCountry),
                        blank(acquisitionDate),
                        blank(breedingInstituteCode),
                        blank(ancestralData),
                        blank(remarks)),
                blank(pedigree),
                blank(breedingHistory),
                blank(description),
                varietyId,
                null,
                null,
                new DepositRequest.Sample(
                        required("sample.barcode", barcode),
                        required("sample.quantity", quantity),
                        required("sample.storagePlace", storagePlace),
                        required("sample.receivedBy", receivedBy),
                        received()));
    }

    private Visibility chosenVisibility() {
        try {
            return Visibility.valueOf(required("visibility", visibility).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("visibility", "visibility: OPEN or SEALED, not '" + visibility + "'");
        }
    }

    /** The browser's datetime-local value, read as UTC (the form says so). */
    private Instant received() {
        String value = required("sample.receivedAt", receivedAt);
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Invalid("sample.receivedAt", "sample.receivedAt: '" + value + "' is not a date and time");
        }
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) throw new Invalid(field, field + ": required");
        return value.strip();
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String upper(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
