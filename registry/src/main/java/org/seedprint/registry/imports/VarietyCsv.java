package org.seedprint.registry.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;

/**
 * Reads variety rows from the SeedPrint variety CSV or from MCPD (FAO multi-crop passport
 * descriptors) CSV; columns are documented in docs/import.md. Every bad cell becomes a
 * {@link Rejection} naming file, line and column; good rows are returned beside them.
 */
final class VarietyCsv {

    record Parsed(List<VarietyRow> rows, List<Rejection> rejections) {}

    private static final Set<String> REQUIRED = Set.of("kind", "status");
    private static final Map<String, Parentage.Role> PARENT_COLUMNS = Map.of(
            "female",
            Parentage.Role.FEMALE,
            "male",
            Parentage.Role.MALE,
            "recurrent",
            Parentage.Role.RECURRENT,
            "mutant_of",
            Parentage.Role.MUTANT_OF,
            "selected_from",
            Parentage.Role.SELECTED_FROM);

    private VarietyCsv() {}

    static Parsed varieties(Path file, String source, @Nullable String encoding) throws IOException {
        List<VarietyRow> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Reader text = text(file, source, encoding, rejected);
        if (text == null) return new Parsed(rows, rejected);
        try (CSVParser p = parser(text)) {
            Set<String> headers = headers(p);
            List<String> missing =
                    REQUIRED.stream().filter(c -> !headers.contains(c)).sorted().toList();
            if (!headers.contains("denomination_latin") && !headers.contains("denomination_chinese")) {
                missing = new ArrayList<>(missing);
                missing.add("denomination_latin or denomination_chinese");
            }
            if (!missing.isEmpty())
                return new Parsed(
                        rows, List.of(new Rejection(source, 1, missing.get(0), "missing column(s): " + missing)));
            for (CSVRecord r : p) {
                Cells c = new Cells(r, source, rejected);
                String latin = c.text("denomination_latin");
                String chinese = c.text("denomination_chinese");
                if (latin == null && chinese == null)
                    c.reject("denomination_latin", "a variety needs a Latin or Chinese denomination");
                Map<Parentage.Role, String> parents = new EnumMap<>(Parentage.Role.class);
                PARENT_COLUMNS.forEach((col, role) -> {
                    String ref = c.text(col);
                    if (ref != null) parents.put(role, ref);
                });
                String breederCode = c.text("breeder_code");
                VarietyRow.Breeder breeder = breederCode == null
                        ? null
                        : new VarietyRow.Breeder(
                                breederCode,
                                Objects.requireNonNullElse(c.text("breeder_name"), breederCode),
                                c.text("breeder_name_chinese"),
                                c.text("breeder_country"),
                                false);
                VarietyRow row = new VarietyRow(
                        source,
                        r.getRecordNumber() + 1,
                        latin,
                        chinese,
                        c.list("synonyms"),
                        c.enumValue("kind", Variety.Kind.class, null),
                        c.enumValue("status", Variety.Status.class, null),
                        breeder,
                        c.text("accession_number"),
                        c.text("population"),
                        c.text("application_number"),
                        c.date("application_date"),
                        c.text("grant_number"),
                        c.date("grant_date"),
                        c.enumValue("derivation", Variety.Derivation.class, null),
                        parents,
                        c.text("sample"),
                        c.text("barcode"),
                        c.text("seed_lot"),
                        c.text("storage_place"));
                if (c.ok()) rows.add(row);
            }
        }
        return new Parsed(rows, rejected);
    }

    /** MCPD: ACCENUMB is required; ACCENAME gives the name; INSTCODE the holding genebank. */
    static Parsed mcpd(Path file, String source, @Nullable String encoding) throws IOException {
        List<VarietyRow> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Reader text = text(file, source, encoding, rejected);
        if (text == null) return new Parsed(rows, rejected);
        try (CSVParser p = parser(text)) {
            if (!headers(p).contains("accenumb")) {
                return new Parsed(rows, List.of(new Rejection(source, 1, "ACCENUMB", "missing column ACCENUMB")));
            }
            for (CSVRecord r : p) {
                Cells c = new Cells(r, source, rejected);
                String acc = c.text("accenumb");
                if (acc == null) c.reject("ACCENUMB", "empty accession number");
                String name = orElse(c.text("accename"), acc);
                boolean han = name != null
                        && name.codePoints()
                                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
                String inst = c.text("instcode");
                String sampstat = c.text("sampstat");
                Variety.Kind kind = sampstat != null && sampstat.startsWith("3")
                        ? Variety.Kind.FARMER_VARIETY
                        : Variety.Kind.GERMPLASM_ACCESSION;
                VarietyRow row = new VarietyRow(
                        source,
                        r.getRecordNumber() + 1,
                        han ? null : name,
                        han ? name : null,
                        c.list("othernumb"),
                        kind,
                        Variety.Status.ACTIVE,
                        inst == null
                                ? null
                                : new VarietyRow.Breeder(
                                        inst,
                                        Objects.requireNonNullElse(c.text("instname"), inst),
                                        null,
                                        c.text("origcty"),
                                        true),
                        acc,
                        c.text("population"),
                        null,
                        mcpdDate(c),
                        null,
                        null,
                        sampstat != null && sampstat.startsWith("3") ? Variety.Derivation.LANDRACE : null,
                        Map.of(),
                        acc,
                        null,
                        null,
                        c.text("storage"));
                if (c.ok()) rows.add(row);
            }
        }
        return new Parsed(rows, rejected);
    }

    private static @Nullable LocalDate mcpdDate(Cells c) {
        String d = c.text("acqdate");
        if (d == null || !d.matches("\\d{8}")) return null;
        try {
            return LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            c.reject("ACQDATE", "not a date YYYYMMDD: " + d);
            return null;
        }
    }

    /** The file as text (see {@link CsvEncoding}), or null with the rejection naming the line that is not text. */
    private static @Nullable Reader text(Path file, String source, @Nullable String encoding, List<Rejection> rejected)
            throws IOException {
        try {
            return new StringReader(CsvEncoding.decode(Files.readAllBytes(file), source, encoding)
                    .text());
        } catch (InputFormatException e) {
            rejected.add(new Rejection(e.source(), e.line(), e.field(), e.problem()));
            return null;
        }
    }

    private static CSVParser parser(Reader in) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get()
                .parse(in);
    }

    private static Set<String> headers(CSVParser p) {
        return p.getHeaderNames().stream().map(VarietyCsv::column).collect(Collectors.toSet());
    }

    /** Column names compare in lower case, without a byte-order mark. */
    static String column(String header) {
        return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String orElse(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    /** Reads cells of one record by lower-case column name, collecting what is wrong. */
    private static final class Cells {
        private final CSVRecord r;
        private final String source;
        private final List<Rejection> rejected;
        private final Map<String, String> byName = new HashMap<>();
        private boolean ok = true;

        Cells(CSVRecord r, String source, List<Rejection> rejected) {
            this.r = r;
            this.source = source;
            this.rejected = rejected;
            r.toMap().forEach((k, v) -> byName.put(column(k), v));
            if (!r.isConsistent())
                reject(
                        "",
                        "has " + r.size() + " cells, the header has "
                                + r.getParser().getHeaderNames().size());
        }

        @Nullable
        String text(String col) {
            String v = byName.get(col);
            return v == null || v.isBlank() ? null : v.trim();
        }

        List<String> list(String col) {
            String v = text(col);
            return v == null
                    ? List.of()
                    : Arrays.stream(v.split(";"))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        @Nullable
        LocalDate date(String col) {
            String v = text(col);
            if (v == null) return null;
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                reject(col, "not a date (YYYY-MM-DD): '" + v + "'");
                return null;
            }
        }

        <E extends Enum<E>> @Nullable E enumValue(String col, Class<E> type, @Nullable E fallback) {
            String v = text(col);
            if (v == null) {
                if (REQUIRED.contains(col)) reject(col, "empty; one of " + Arrays.toString(type.getEnumConstants()));
                return fallback;
            }
            try {
                return Enum.valueOf(
                        type, v.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                reject(col, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return fallback;
            }
        }

        void reject(String col, String reason) {
            ok = false;
            rejected.add(new Rejection(source, r.getRecordNumber() + 1, col, reason));
        }

        boolean ok() {
            return ok;
        }
    }
}
