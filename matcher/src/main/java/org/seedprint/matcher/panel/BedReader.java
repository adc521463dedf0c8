package org.seedprint.matcher.panel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.io.ByteLines;

/**
 * Reads a marker panel from BED (0-based, half-open; name column = locus id). Loci must be
 * sorted by chromosome block and start, non-overlapping, with unique ids: a panel is a
 * controlled document, so anything else is an error naming the line, never silently fixed.
 */
public final class BedReader {

    private BedReader() {}

    public static MarkerPanel read(Path file, String name, String version) throws IOException, InputFormatException {
        return read(file, file.toString(), name, version);
    }

    /** @param sourceName the name errors give for the file (an upload's name, not a temporary path) */
    public static MarkerPanel read(Path file, String sourceName, String name, String version)
            throws IOException, InputFormatException {
        try (ByteLines lines = ByteLines.open(file, sourceName)) {
            return read(lines, name, version);
        }
    }

    /** From plain (not compressed) BED bytes. */
    public static MarkerPanel read(InputStream in, String source, String name, String version)
            throws IOException, InputFormatException {
        return read(ByteLines.of(in, source), name, version);
    }

    private static MarkerPanel read(ByteLines r, String name, String version) throws IOException, InputFormatException {
        String source = r.source();
        List<Locus> loci = new ArrayList<>();
        Map<String, Long> lineOfId = new HashMap<>();
        Map<String, Boolean> closedChroms = new HashMap<>();
        long n = 0;
        Locus prev = null;
        while (r.next()) {
            n = r.line();
            String line = r.text(r.start(), r.end());
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
}
