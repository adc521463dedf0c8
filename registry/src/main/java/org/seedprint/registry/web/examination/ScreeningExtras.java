package org.seedprint.registry.web.examination;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.examination.Screening;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a screening stores beyond the fields this page draws itself (hits, denomination check,
 * thresholds): the claimed-pedigree check and the parent search, shown as they are stored
 * (records as facts, lists of records as tables), so a field the examination area adds shows up
 * without a change here.
 */
final class ScreeningExtras {

    /** The components the page renders on its own. */
    private static final Set<String> DRAWN = Set.of(
            "runId", "classification", "panel", "thresholds", "librarySize", "hits", "denomination", "screenedAt");

    /** Bilingual names of the fields the pedigree check and parent search are expected to store. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("pedigree", "系谱核查 Claimed-pedigree check"),
            Map.entry("pedigreeCheck", "系谱核查 Claimed-pedigree check"),
            Map.entry("parents", "亲本搜索 Parent search"),
            Map.entry("parentSearch", "亲本搜索 Parent search"),
            Map.entry("parentPairs", "候选亲本组合 Parent pairs"),
            Map.entry("pairs", "候选亲本组合 Parent pairs"),
            Map.entry("explained", "可解释 Explained"),
            Map.entry("unexplained", "不可解释 Unexplained"),
            Map.entry("notCompared", "未比较 Not compared"),
            Map.entry("unexplainedLoci", "不可解释位点 Unexplained loci"),
            Map.entry("female", "母本 Female"),
            Map.entry("male", "父本 Male"),
            Map.entry("candidate", "申请品种 Candidate"),
            Map.entry("locusId", "位点 Locus"),
            Map.entry("rank", "名次 Rank"),
            Map.entry("missing", "未找到 Not in the library"),
            Map.entry("rule", "规则 Rule"));

    /** One node of a stored value: text, named facts, a table, or a list. */
    record Node(
            String kind,
            String text,
            List<Fact> facts,
            List<String> headers,
            List<List<String>> rows,
            List<Node> items) {

        static Node text(String t) {
            return new Node("text", t, List.of(), List.of(), List.of(), List.of());
        }
    }

    record Fact(String name, Node value) {}

    /** A top-level stored field and its value. */
    record Section(String name, String title, Node value) {}

    private ScreeningExtras() {}

    static List<Section> of(@Nullable Screening s, JsonMapper json) {
        if (s == null) return List.of();
        List<Section> out = new ArrayList<>();
        for (RecordComponent c : Screening.class.getRecordComponents()) {
            if (DRAWN.contains(c.getName())) continue;
            Object value;
            try {
                value = c.getAccessor().invoke(s);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record's accessor is public: " + c, e);
            }
            if (value == null) continue;
            out.add(new Section(c.getName(), name(c.getName()), node(json.convertValue(value, Object.class))));
        }
        return out;
    }

    static String name(String field) {
        String known = NAMES.get(field);
        if (known != null) return known;
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Node node(@Nullable Object v) {
        if (v == null) return Node.text("—");
        if (v instanceof Map<?, ?> m) {
            List<Fact> facts = new ArrayList<>();
            m.forEach((k, x) -> facts.add(new Fact(name(String.valueOf(k)), node(x))));
            return new Node("facts", "", facts, List.of(), List.of(), List.of());
        }
        if (v instanceof List<?> l) {
            if (l.isEmpty()) return Node.text("—（无 none）");
            if (l.stream().allMatch(x -> x instanceof Map<?, ?>)) {
                Set<String> keys = new LinkedHashSet<>();
                l.forEach(x -> ((Map<?, ?>) x).keySet().forEach(k -> keys.add(String.valueOf(k))));
                List<List<String>> rows = new ArrayList<>();
                for (Object x : l) {
                    Map<?, ?> m = (Map<?, ?>) x;
                    List<String> row = new ArrayList<>();
                    for (String k : keys) row.add(flat(m.get(k)));
                    rows.add(row);
                }
                return new Node(
                        "table",
                        "",
                        List.of(),
                        keys.stream().map(ScreeningExtras::name).toList(),
                        rows,
                        List.of());
            }
            if (l.stream().noneMatch(x -> x instanceof Map<?, ?> || x instanceof List<?>)) return Node.text(flat(l));
            return new Node(
                    "items",
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    l.stream().map(ScreeningExtras::node).toList());
        }
        return Node.text(flat(v));
    }

    /** A value as one line of text: lists joined, numbers with up to four decimals. */
    private static String flat(@Nullable Object v) {
        if (v == null) return "—";
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(flat(x)));
            return String.join(", ", parts);
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + ": " + flat(x)));
            return String.join("; ", parts);
        }
        if (v instanceof Double d)
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.4f", d);
        return String.valueOf(v);
    }
}
