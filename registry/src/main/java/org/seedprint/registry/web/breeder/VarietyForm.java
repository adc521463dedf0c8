package org.seedprint.registry.web.breeder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyData;

/**
 * The variety form as the browser sends it: text fields, turned into {@link VarietyData} with each
 * bad value named by its field. {@code confirm} is set when the breeder saves despite the
 * similar-denomination warning.
 */
public record VarietyForm(
        @Nullable String cropCode,
        @Nullable String denominationLatin,
        @Nullable String denominationChinese,
        @Nullable String synonyms,
        @Nullable String kind,
        @Nullable String status,
        @Nullable String accessionNumber,
        @Nullable String applicationNumber,
        @Nullable String applicationDate,
        @Nullable String grantNumber,
        @Nullable String grantDate,
        @Nullable String derivationMethod,
        @Nullable Long version,
        @Nullable String confirm) {

    static VarietyForm empty() {
        return new VarietyForm(
                null, null, null, null, "CANDIDATE", "APPLIED", null, null, null, null, null, null, null, null);
    }

    static VarietyForm of(Variety v) {
        return new VarietyForm(
                v.getCropCode(),
                v.getDenominationLatin(),
                v.getDenominationChinese(),
                String.join(", ", v.getSynonyms()),
                v.getKind().name(),
                v.getStatus().name(),
                v.getAccessionNumber(),
                v.getApplicationNumber(),
                text(v.getApplicationDate()),
                v.getGrantNumber(),
                text(v.getGrantDate()),
                v.getDerivationMethod() == null ? null : v.getDerivationMethod().name(),
                v.getVersion(),
                null);
    }

    VarietyForm withStatus(Variety.Status newStatus) {
        return new VarietyForm(
                cropCode,
                denominationLatin,
                denominationChinese,
                synonyms,
                kind,
                newStatus.name(),
                accessionNumber,
                applicationNumber,
                applicationDate,
                grantNumber,
                grantDate,
                derivationMethod,
                version,
                confirm);
    }

    boolean confirmed() {
        return confirm != null && !confirm.isBlank();
    }

    /** The facts to store; the owner and the parents are the caller's (a breeder's own organisation, unchanged parents). */
    VarietyData data(long owner, List<Parentage> parents) {
        return new VarietyData(
                cropCode,
                denominationLatin,
                denominationChinese,
                synonyms == null
                        ? List.of()
                        : Arrays.stream(synonyms.split("[,，;；]"))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                value("kind", kind, Variety.Kind.class),
                value("status", status, Variety.Status.class),
                owner,
                accessionNumber,
                null,
                applicationNumber,
                date("applicationDate", applicationDate),
                grantNumber,
                date("grantDate", grantDate),
                value("derivationMethod", derivationMethod, Variety.Derivation.class),
                parents);
    }

    private static @Nullable String text(@Nullable LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(field, field + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static <E extends Enum<E>> @Nullable E value(String field, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(
                    field, field + ": '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
