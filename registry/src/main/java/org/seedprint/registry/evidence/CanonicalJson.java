package org.seedprint.registry.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the values the registry emits: objects (maps with
 * string keys), arrays (lists), strings, booleans, null and integers within +-2^53. Members are
 * sorted by their UTF-16 code units (Java's String order), strings are escaped as ECMAScript's
 * JSON.stringify does, and there is no white space. Floating-point numbers are refused rather than
 * formatted approximately: quantities travel as strings.
 */
public final class CanonicalJson {

    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {}

    public static byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(@Nullable Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s, out);
            case Boolean b -> out.append(b);
            case Integer i -> out.append(i);
            case Long l -> {
                if (Math.abs(l) > MAX_SAFE_INTEGER) {
                    throw new IllegalArgumentException("integer " + l + " is outside the I-JSON range");
                }
                out.append(l);
            }
            case Map<?, ?> map -> {
                List<String> keys = new ArrayList<>();
                for (Object k : map.keySet()) {
                    keys.add((String) k);
                }
                keys.sort(null);
                out.append('{');
                for (int i = 0; i < keys.size(); i++) {
                    if (i > 0) out.append(',');
                    string(keys.get(i), out);
                    out.append(':');
                    write(map.get(keys.get(i)), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(',');
                    write(list.get(i), out);
                }
                out.append(']');
            }
            default ->
                throw new IllegalArgumentException(
                        "no canonical JSON form for " + value.getClass().getSimpleName());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c)
                                    && i + 1 < s.length()
                                    && Character.isLowSurrogate(s.charAt(i + 1)))) {
                        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                            out.append(c);
                        } else {
                            throw new IllegalArgumentException("lone surrogate in string: not valid I-JSON");
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
