package org.seedprint.registry.examination;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The applications CSV of a batch (columns in docs/examination.md), every problem collected. */
final class ApplicationCsv {

    static final List<String> REQUIRED = List.of("application_number", "applicant", "crop", "filing_date");
    static final List<String> OPTIONAL =
            List.of("denomination_latin", "denomination_chinese", "female", "male", "derivation", "sample");
    static final Set<String> DERIVATIONS = Set.of("CROSS", "HYBRID", "BACKCROSS", "MUTATION", "SELECTION", "UNKNOWN");
    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final int MAX_ROWS = 10_000;

    record Parsed(List<ApplicationRow> rows, List<Problem> problems) {}

    private ApplicationCsv() {}

    static Parsed read(String file, InputStream in) throws IOException {
        List<ApplicationRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || header.isBlank()) {
                problems.add(new Problem(file, 1, "header", "the file is empty; it needs a header row"));
                return new Parsed(rows, problems);
            }
            if (header.startsWith("\uFEFF")) header = header.substring(1);
            List<String> names = split(header);
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i).trim().toLowerCase(Locale.ROOT);
                if (!REQUIRED.contains(n) && !OPTIONAL.contains(n)) {
                    problems.add(
                            new Problem(file, 1, n.isEmpty() ? "column " + (i + 1) : n, "unknown column '" + n + "'"));
                } else if (col.putIfAbsent(n, i) != null) {
                    problems.add(new Problem(file, 1, n, "column '" + n + "' appears twice"));
                }
            }
            for (String req : REQUIRED)
                if (!col.containsKey(req)) problems.add(new Problem(file, 1, req, "missing column '" + req + "'"));
            if (!col.containsKey("denomination_latin") && !col.containsKey("denomination_chinese")) {
                problems.add(new Problem(
                        file, 1, "denomination_latin", "needs a denomination_latin or denomination_chinese column"));
            }
            if (!problems.isEmpty()) return new Parsed(rows, problems);
            long line = 1;
            for (String text; (text = r.readLine()) != null; ) {
                line++;
                if (text.isBlank()) continue;
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new Problem(
                            file, line, "application_number", "a batch holds at most " + MAX_ROWS + " applications"));
                    break;
                }
                List<String> f = split(text);
                if (f.size() != names.size()) {
                    problems.add(
                            new Problem(file, line, "row", "has " + f.size() + " fields, the header " + names.size()));
                    continue;
                }
                row(file, line, f, col, problems).ifPresent(rows::add);
            }
        }
        return new Parsed(rows, problems);
    }

    private static java.util.Optional<ApplicationRow> row(
            String file, long line, List<String> f, Map<String, Integer> col, List<Problem> problems) {
        int before = problems.size();
        String number = value(f, col, "application_number");
        if (number == null || !NUMBER.matcher(number).matches()) {
            problems.add(new Problem(
                    file,
                    line,
                    "application_number",
                    "must be 1-64 letters, digits, '.', '_' or '-': '" + s(number) + "'"));
        }
        String applicant = value(f, col, "applicant");
        if (applicant == null)
            problems.add(new Problem(file, line, "applicant", "the applicant organisation's code is missing"));
        String crop = value(f, col, "crop");
        if (crop == null) problems.add(new Problem(file, line, "crop", "the crop is missing"));
        String latin = value(f, col, "denomination_latin");
        String chinese = value(f, col, "denomination_chinese");
        if (latin == null && chinese == null) {
            problems.add(new Problem(file, line, "denomination_latin", "a Latin or Chinese denomination is needed"));
        }
        for (String c : List.of("denomination_latin", "denomination_chinese", "female", "male")) {
            String v = value(f, col, c);
            if (v != null && v.length() > 200) problems.add(new Problem(file, line, c, "longer than 200 characters"));
        }
        String derivation = value(f, col, "derivation");
        if (derivation != null) {
            derivation = derivation.toUpperCase(Locale.ROOT);
            if (!DERIVATIONS.contains(derivation)) {
                problems.add(new Problem(
                        file, line, "derivation", "unknown derivation '" + derivation + "', one of " + DERIVATIONS));
            }
        }
        LocalDate filed = null;
        String date = value(f, col, "filing_date");
        try {
            if (date == null) throw new DateTimeParseException("missing", "", 0);
            filed = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(file, line, "filing_date", "not a date YYYY-MM-DD: '" + s(date) + "'"));
        }
        String sample = value(f, col, "sample");
        if (problems.size() > before) return java.util.Optional.empty();
        String n = java.util.Objects.requireNonNull(number);
        return java.util.Optional.of(new ApplicationRow(
                line,
                n,
                java.util.Objects.requireNonNull(applicant),
                java.util.Objects.requireNonNull(crop),
                latin,
                chinese,
                value(f, col, "female"),
                value(f, col, "male"),
                derivation,
                java.util.Objects.requireNonNull(filed),
                sample == null ? n : sample));
    }

    private static @Nullable String value(List<String> f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null) return null;
        String v = f.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    private static String s(@Nullable String v) {
        return v == null ? "" : v;
    }

    /** One CSV line: fields separated by commas, optionally in double quotes ("" inside is a quote). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }
}
