package org.seedprint.registry.deposits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a breeder deposits (besides attachments). Quantities are text ("500 g", "2000 seeds") so that
 * the canonical JSON never holds a floating-point number.
 */
public record DepositRequest(
        @NotBlank @Size(max = 32) String crop,
        @NotNull Visibility visibility,
        @NotNull @Valid Passport passport,
        @Size(max = 10_000) String pedigree,
        @Size(max = 20_000) String breedingHistory,
        @Size(max = 20_000) String description,
        Long varietyId,
        Long profileId,
        UUID supersedes,
        @NotNull @Valid Sample sample) {

    /**
     * The FAO/Bioversity multi-crop passport descriptors (MCPD v2.1) that apply to a deposit; the
     * names in brackets are the MCPD field names.
     */
    public record Passport(
            @Size(max = 64) String instituteCode, // INSTCODE
            @NotBlank @Size(max = 128) String accessionNumber, // ACCENUMB
            @Size(max = 256) String accessionName, // ACCENAME
            @Size(max = 64) String genus, // GENUS
            @Size(max = 64) String species, // SPECIES
            @Size(max = 128) String subtaxa, // SUBTAXA
            @Pattern(regexp = "\\d{3}") String biologicalStatus, // SAMPSTAT
            @Pattern(regexp = "[A-Z]{3}") String originCountry, // ORIGCTY
            @Pattern(regexp = "[0-9-]{8}") String acquisitionDate, // ACQDATE, YYYYMMDD with - for unknown
            @Size(max = 64) String breedingInstituteCode, // BREDCODE
            @Size(max = 4000) String ancestralData, // ANCEST
            @Size(max = 4000) String remarks) { // REMARKS

        Map<String, Object> canonical() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "INSTCODE", instituteCode);
            put(m, "ACCENUMB", accessionNumber);
            put(m, "ACCENAME", accessionName);
            put(m, "GENUS", genus);
            put(m, "SPECIES", species);
            put(m, "SUBTAXA", subtaxa);
            put(m, "SAMPSTAT", biologicalStatus);
            put(m, "ORIGCTY", originCountry);
            put(m, "ACQDATE", acquisitionDate);
            put(m, "BREDCODE", breedingInstituteCode);
            put(m, "ANCEST", ancestralData);
            put(m, "REMARKS", remarks);
            return m;
        }
    }

    /** The physical sample handed to the deposit store. */
    public record Sample(
            @NotBlank @Size(max = 128) String barcode,
            @NotBlank @Size(max = 64) String quantity,
            @NotBlank @Size(max = 256) String storagePlace,
            @NotBlank @Size(max = 128) String receivedBy,
            @NotNull Instant receivedAt) {

        Map<String, Object> canonical() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("barcode", barcode);
            m.put("quantity", quantity);
            m.put("storagePlace", storagePlace);
            m.put("receivedBy", receivedBy);
            m.put("receivedAt", receivedAt.toString());
            return m;
        }
    }

    static void put(Map<String, Object> m, String key, @Nullable Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
