package org.seedprint.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.seedprint.matcher.engine.Thresholds;

/**
 * The close-pair map as a file the registry imports (JSON Lines): a header line saying which
 * panel, library size, threshold and classification thresholds the map was computed with, then
 * one line per pair, best first. The names follow the registry's close-pair API
 * ({@code GET /api/v1/crops/{code}/pairs}); ids are the library's profile ids. Format:
 * docs/cluster.md.
 */
final class PairsMapFile {

    static final String FORMAT = "seedprint-pairs-map";
    static final int VERSION = 1;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Object> header = new LinkedHashMap<>();

    PairsMapFile(BlockedLibrary lib, double minSimilarity, Thresholds t, long pairs, long computedInMs) {
        PanelDictionary panel = lib.panel();
        header.put("format", FORMAT);
        header.put("version", VERSION);
        header.put(
                "panel",
                Map.of("name", panel.panelName(), "version", panel.panelVersion(), "loci", panel.locusCount()));
        header.put("librarySize", lib.size());
        header.put("minSimilarity", minSimilarity);
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("maxDifferingIndistinct", t.maxDifferingIndistinct());
        thresholds.put("edvSimilarity", t.edvSimilarity());
        thresholds.put("minComparedFraction", t.minComparedFraction());
        thresholds.put("minComparedLoci", t.minCompared(panel.locusCount()));
        header.put("thresholds", thresholds);
        header.put("pairCount", pairs);
        header.put("computedInMs", computedInMs);
    }

    /** The first line. */
    void writeHeader(Writer out) throws IOException {
        out.write(json.writeValueAsString(header));
        out.write('\n');
    }

    /** A pair: a row of {@link ResultSchemas#PAIR_COLUMNS}; pairs follow the header best first. */
    void writePair(Writer out, Row r) throws IOException {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("first", r.getString(0));
        pair.put("second", r.getString(1));
        pair.put("compared", r.getInt(2));
        pair.put("identical", r.getInt(3));
        pair.put("differing", r.getInt(4));
        pair.put("similarity", r.getDouble(5));
        pair.put("classification", r.getString(6));
        pair.put("alleleSharing", r.getDouble(7));
        out.write(json.writeValueAsString(pair));
        out.write('\n');
    }
}
