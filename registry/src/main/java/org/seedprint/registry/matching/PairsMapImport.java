package org.seedprint.registry.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.engine.Classification;
import org.seedprint.matcher.engine.Comparison;
import org.seedprint.matcher.engine.Pair;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.registry.platform.DomainException.Invalid;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a close-pair map computed elsewhere (the cluster's {@code pairs-map.jsonl}, docs/cluster.md)
 * and checks it against the panel's library as loaded now: the header names this panel, library
 * size and the crop's thresholds, and every pair is counted again by the engine, so a map that does
 * not hold for this library is refused, never shown. Completeness (no pair left out) is the job's.
 */
final class PairsMapImport {

    static final String FORMAT = "seedprint-pairs-map";
    static final int VERSION = 1;
    /** Pairs one map may hold: about 100 bytes each stay in memory while the map is served. */
    static final int MAX_PAIRS = 2_000_000;
    /** Problems named in one answer; the rest are counted. */
    private static final int MAX_PROBLEMS = 20;

    record Imported(double minSimilarity, long computedInMs, List<Pair> pairs) {}

    private final String file;
    private final LoadedLibrary lib;
    private final Thresholds thresholds;
    private final JsonMapper json;
    private final List<String> problems = new ArrayList<>();
    private int problemCount;
    private @Nullable String firstField;

    PairsMapImport(String file, LoadedLibrary lib, Thresholds thresholds, JsonMapper json) {
        this.file = file;
        this.lib = lib;
        this.thresholds = thresholds;
        this.json = json;
    }

    Imported read(BufferedReader in) throws IOException {
        String first = in.readLine();
        if (first == null) throw new Invalid("map", file + ": the file is empty");
        JsonNode head = parse(first, 1);
        if (head == null) throw fail();
        double minSimilarity = header(head);
        if (!problems.isEmpty()) throw fail();
        long declared = head.path("pairCount").asLong(-1);
        List<Pair> pairs = new ArrayList<>((int) Math.min(Math.max(declared, 0), MAX_PAIRS));
        Set<Long> seen = new HashSet<>();
        Pair previous = null;
        int n = 1;
        for (String line; (line = in.readLine()) != null; ) {
            n++;
            if (line.isBlank()) {
                problem(n, "line", "blank line");
                continue;
            }
            if (pairs.size() == MAX_PAIRS) {
                throw new Invalid("map", file + " line " + n + ": more than " + MAX_PAIRS + " pairs in one map");
            }
            JsonNode node = parse(line, n);
            Pair p = node == null ? null : pair(node, n, minSimilarity);
            if (p == null) continue;
            if (!seen.add((long) p.a() * lib.library.size() + p.b())) {
                problem(n, "second", "pair " + p.idA() + " / " + p.idB() + " appears twice");
                continue;
            }
            if (previous != null && Pair.BEST_FIRST.compare(previous, p) > 0) {
                problem(
                        n,
                        "similarity",
                        "pairs are not best first (docs/cluster.md): this pair ranks before line " + (n - 1));
            }
            previous = p;
            pairs.add(p);
        }
        if (declared != n - 1) problem(1, "pairCount", "says " + declared + " pairs, the file has " + (n - 1));
        if (!problems.isEmpty()) throw fail();
        return new Imported(minSimilarity, head.path("computedInMs").asLong(), List.copyOf(pairs));
    }

    private double header(JsonNode h) {
        if (!FORMAT.equals(h.path("format").asString(null))) problem(1, "format", "must be \"" + FORMAT + "\"");
        if (h.path("version").asInt(-1) != VERSION) problem(1, "version", "must be " + VERSION);
        JsonNode panel = h.path("panel");
        var mp = lib.library.panel();
        if (!mp.name().equals(panel.path("name").asString(null))
                || !mp.version().equals(panel.path("version").asString(null))
                || panel.path("loci").asInt(-1) != mp.size()) {
            problem(
                    1,
                    "panel",
                    "must be " + mp.name() + " v" + mp.version() + " (" + mp.size()
                            + " loci), the panel of this library");
        }
        if (h.path("librarySize").asInt(-1) != lib.library.size()) {
            problem(
                    1,
                    "librarySize",
                    "the map was computed on " + h.path("librarySize").asString() + " profiles, the library has "
                            + lib.library.size() + " now: compute it again on an export of the current library");
        }
        double min = h.path("minSimilarity").asDouble(Double.NaN);
        if (!(min > 0 && min <= 1)) problem(1, "minSimilarity", "must be in (0, 1]");
        JsonNode t = h.path("thresholds");
        int m = lib.library.locusCount();
        if (t.path("maxDifferingIndistinct").asInt(-1) != thresholds.maxDifferingIndistinct()
                || t.path("edvSimilarity").asDouble(Double.NaN) != thresholds.edvSimilarity()
                || t.path("minComparedFraction").asDouble(Double.NaN) != thresholds.minComparedFraction()
                || t.path("minComparedLoci").asInt(-1) != thresholds.minCompared(m)) {
            problem(
                    1,
                    "thresholds",
                    "must be the crop's thresholds in force: maxDifferingIndistinct "
                            + thresholds.maxDifferingIndistinct() + ", edvSimilarity " + thresholds.edvSimilarity()
                            + ", minComparedFraction " + thresholds.minComparedFraction() + ", minComparedLoci "
                            + thresholds.minCompared(m));
        }
        if (h.path("pairCount").asLong(-1) < 0) problem(1, "pairCount", "must be a count");
        if (h.path("computedInMs").asLong(-1) < 0) problem(1, "computedInMs", "must be milliseconds");
        return min;
    }

    private @Nullable Pair pair(JsonNode p, int line, double minSimilarity) {
        int a = row(p, "first", line), b = row(p, "second", line);
        if (a < 0 || b < 0) return null;
        if (a == b) {
            problem(line, "second", "a profile paired with itself");
            return null;
        }
        int lo = Math.min(a, b), hi = Math.max(a, b);
        Comparison c = lib.engine.compare(lo, hi);
        Classification cls = thresholds.classify(c.compared(), c.identical(), lib.library.locusCount());
        double sharing = lib.engine.alleleSharing(lo, hi);
        String pair = lib.library.id(lo) + " / " + lib.library.id(hi);
        check(p, "compared", line, c.compared(), pair);
        check(p, "identical", line, c.identical(), pair);
        check(p, "differing", line, c.differing(), pair);
        if (p.path("similarity").asDouble(Double.NaN) != c.similarity()) {
            problem(line, "similarity", pair + ": the library gives " + c.similarity());
        }
        if (!cls.label().equals(p.path("classification").asString(null))) {
            problem(line, "classification", pair + ": the library gives " + cls.label());
        }
        if (!(Math.abs(p.path("alleleSharing").asDouble(Double.NaN) - sharing) <= 1e-9)) {
            problem(line, "alleleSharing", pair + ": the library gives " + sharing);
        }
        if (c.similarity() < minSimilarity) {
            problem(
                    line,
                    "similarity",
                    pair + ": " + c.similarity() + " is below the map's minSimilarity " + minSimilarity);
        }
        return new Pair(lo, lib.library.id(lo), hi, lib.library.id(hi), c, sharing, cls);
    }

    private int row(JsonNode p, String field, int line) {
        String id = p.path(field).asString(null);
        long profile;
        try {
            profile = id == null ? -1 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            profile = -1;
        }
        int row = profile < 0 ? -1 : lib.row(profile);
        if (row < 0)
            problem(line, field, (id == null ? "missing" : "profile " + id + " is not in this panel's library"));
        return row;
    }

    private void check(JsonNode p, String field, int line, int expected, String pair) {
        JsonNode v = p.path(field);
        if (!v.isIntegralNumber() || v.asInt() != expected) {
            problem(line, field, pair + ": the library gives " + expected);
        }
    }

    private @Nullable JsonNode parse(String line, int n) {
        try {
            JsonNode node = json.readTree(line);
            if (node != null && node.isObject()) return node;
        } catch (JacksonException e) {
            // named below
        }
        problem(n, "line", "not a JSON object");
        return null;
    }

    private void problem(int line, String field, String reason) {
        if (firstField == null) firstField = field;
        if (problemCount++ < MAX_PROBLEMS) problems.add(file + " line " + line + " field " + field + ": " + reason);
    }

    private Invalid fail() {
        String more = problemCount > problems.size() ? "; and " + (problemCount - problems.size()) + " more" : "";
        return new Invalid(firstField == null ? "map" : firstField, String.join("; ", problems) + more);
    }
}
