package org.seedprint.registry.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known answers from RFC 8785 (sections 3.2.2 and 3.2.3) for the subset the registry emits. */
class CanonicalJsonTest {

    @Test
    void sortsMembersByUtf16CodeUnitsAsRfc8785Section323() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("\u20ac", "Euro Sign");
        m.put("\r", "Carriage Return");
        m.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        m.put("1", "One");
        m.put("\ud83d\ude00", "Emoji: Grinning Face");
        m.put("\u0080", "Control");
        m.put("\u00f6", "Latin Small Letter O With Diaeresis");
        String text = CanonicalJson.text(m);
        assertThat(text)
                .isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void escapesStringsAsEcmaScriptAndEncodesUtf8() {
        Map<String, Object> m = Map.of(
                "string",
                "\u20ac$\u000f\nA'B\"\\\\\"/",
                "literals",
                List.of(Boolean.TRUE, Boolean.FALSE),
                "n",
                42L,
                "empty",
                Map.of(),
                "nil",
                new LinkedHashMap<>(Map.of("x", List.of())));
        assertThat(CanonicalJson.text(m))
                .isEqualTo(
                        "{\"empty\":{},\"literals\":[true,false],\"n\":42,\"nil\":{\"x\":[]},\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
        assertThat(HexFormat.of().formatHex(CanonicalJson.bytes("\u20ac"))).isEqualTo("22e282ac22");
        assertThat(CanonicalJson.text("\u5927\u8c46 \u2028")).isEqualTo("\"\u5927\u8c46 \u2028\"");
    }

    @Test
    void refusesWhatItCannotCanonicalise() {
        assertThatThrownBy(() -> CanonicalJson.text(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.text(1L << 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.text("\ud83d")).isInstanceOf(IllegalArgumentException.class);
    }
}
