package org.seedprint.matcher.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** tsv: a header line, then one tab-separated line per result; json: JSON Lines, one object per result. */
enum OutputFormat {
    tsv,
    json;

    static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** One result as a line: {@code names} and {@code values} are parallel; strings are quoted in JSON, numbers not. */
    String line(List<String> names, List<Object> values) {
        StringBuilder sb = new StringBuilder();
        if (this == tsv) {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) sb.append('\t');
                sb.append(values.get(i) instanceof Double d ? number(d) : String.valueOf(values.get(i)));
            }
            return sb.toString();
        }
        sb.append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(quote(names.get(i))).append(':').append(json(values.get(i)));
        }
        return sb.append('}').toString();
    }

    /** The TSV header, or nothing for JSON Lines. */
    String header(List<String> names) {
        return this == tsv ? String.join("\t", names) : null;
    }

    private static String json(Object v) {
        if (v instanceof Double d) return number(d);
        if (v instanceof Number) return v.toString();
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(json(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (sb.length() > 1) sb.append(',');
                sb.append(quote(String.valueOf(e.getKey()))).append(':').append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        return quote(String.valueOf(v));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
