package org.seedprint.registry.varieties;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Invalid;

/**
 * How a name (denomination, synonym) is stored and compared: Unicode NFKC (full-width letters
 * become plain ones), zero-width characters removed, runs of white space one space, trimmed; so a
 * near-copy of a name is the same name. Control characters (but white space such as a tab,
 * which becomes a space), bidirectional overrides and lone surrogates are refused, never stored or
 * replaced.
 */
final class Names {

    private Names() {}

    /** The stored form of a name, or null when blank; {@code field} names it in a refusal. */
    static @Nullable String normalise(String field, @Nullable String name) {
        if (name == null) return null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Invalid(field, field + " has a lone UTF-16 surrogate at position " + (i + 1));
            } else if (isBidiControl(c)) {
                throw new Invalid(
                        field,
                        field + " has a bidirectional control character (U+" + hex(c) + ") at position " + (i + 1));
            } else if (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c)) {
                throw new Invalid(field, field + " has a control character (U+" + hex(c) + ") at position " + (i + 1));
            }
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]", "")
                .replaceAll("[\\s\\p{Z}]+", " ")
                .strip();
        return n.isEmpty() ? null : n;
    }

    /** Each name normalised, blanks left out. */
    static @Nullable List<String> normalise(String field, @Nullable List<String> names) {
        if (names == null) return null;
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String n = normalise(field, name);
            if (n != null) out.add(n);
        }
        return out;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
