package org.seedprint.matcher.panel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.seedprint.matcher.InputFormatException;

/**
 * Reads a marker panel from BED (0-based, half-open; name column = locus id). Loci must be
 * sorted by chromosome block and start, non-overlapping, with unique ids: a panel is a
 * controlled document, so anything else is an error naming the line, never silently fixed.
 */
public final class BedReader {

    private BedReader() {}

    public static MarkerPanel read(Path file, String name, String version) throws IOException, InputFormatException {
        try (InputStream in = open(file)) {
            return read(in, file.toString(), name, version);
        }
    }

    public static MarkerPanel read(InputStream in, String source, String name, String version)
            throws IOException, InputFormatException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Locus> loci = new ArrayList<>();
        Map<String, Long> lineOfId = new HashMap<>();
        Map<String, Boolean> closedChroms = new HashMap<>();
        String line;
        long n = 0;
        Locus prev = null;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("track") || line.startsWith("browser")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new InputFormatException(
                        source,
                        n,
                        "name",
                        "BED line needs at least 4 tab-separated columns (chrom, start, end, name), found " + f.length);
            }
            String chrom = f[0].trim();
            if (chrom.isEmpty()) throw new InputFormatException(source, n, "chrom", "empty chromosome");
            int start = parseCoord(f[1], source, n, "start");
            int end = parseCoord(f[2], source, n, "end");
            if (end <= start) {
                throw new InputFormatException(
                        source,
                        n,
                        "end",
                        "end " + end + " must be greater than start " + start + " (BED is 0-based, half-open)");
            }
            String id = f[3].trim();
            if (id.isEmpty()) throw new InputFormatException(source, n, "name", "empty locus id");
            Long first = lineOfId.putIfAbsent(id, n);
            if (first != null) {
                throw new InputFormatException(
                        source, n, "name", "duplicate locus id " + id + " (first on line " + first + ")");
            }
            if (prev != null && !prev.chrom().equals(chrom)) {
                closedChroms.put(prev.chrom(), true);
                if (closedChroms.containsKey(chrom)) {
                    throw new InputFormatException(
                            source,
                            n,
                            "chrom",
                            "unsorted: chromosome " + chrom + " appears again after other chromosomes");
                }
            }
            if (prev != null && prev.chrom().equals(chrom)) {
                if (start < prev.start()) {
                    throw new InputFormatException(
                            source,
                            n,
                            "start",
                            "unsorted: " + id + " starts at " + start + ", before " + prev.id() + " at "
                                    + prev.start());
                }
                if (start < prev.end()) {
                    throw new InputFormatException(
                            source,
                            n,
                            "start",
                            "locus " + id + " overlaps " + prev.id() + " (" + prev.start() + "-" + prev.end() + ")");
                }
            }
            prev = new Locus(id, chrom, start, end);
            loci.add(prev);
        }
        if (loci.isEmpty()) throw new InputFormatException(source, n, "", "panel has no loci");
        return new MarkerPanel(name, version, loci);
    }

    private static int parseCoord(String s, String source, long line, String field) throws InputFormatException {
        try {
            int v = Integer.parseInt(s.trim());
            if (v < 0) throw new InputFormatException(source, line, field, "negative coordinate " + v);
            return v;
        } catch (NumberFormatException e) {
            throw new InputFormatException(source, line, field, "not a whole number: '" + s + "'");
        }
    }

    static InputStream open(Path file) throws IOException {
        InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b1 = raw.read(), b2 = raw.read();
        raw.reset();
        return (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(raw, 1 << 16) : raw;
    }
}
