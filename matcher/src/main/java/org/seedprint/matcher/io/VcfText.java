package org.seedprint.matcher.io;

import htsjdk.tribble.readers.LineIterator;
import htsjdk.variant.vcf.VCFCodec;
import htsjdk.variant.vcf.VCFHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * Text VCF from the bytes, without htsjdk's per-sample objects: htsjdk's codec parses the header;
 * each record's fixed columns are checked as htsjdk checks them (non-empty, integer POS, REF and ALT
 * bases, no duplicate allele), and the GT of every sample is tokenised in place. A GT string such as
 * {@code 0|1} becomes a call pattern once per file (an interned id); each record maps the patterns to
 * its alleles. Other FORMAT values are not parsed, only counted against the FORMAT keys.
 */
final class VcfText {

    private static final int NO_CALL = 0;

    private final ByteLines lines;
    private final String source;
    private final MarkerPanel panel;
    private final GenotypeSink sink;
    private String[] samples = new String[0];
    private LocusAssembler assembler;
    // GT strings of up to 7 bytes, packed with their length into a long: the pattern id
    private final LongIntMap shortPatterns = new LongIntMap();
    private final Map<String, Integer> longPatterns = new HashMap<>();
    private final List<int[]> patternAlleles = new ArrayList<>();
    private final List<Boolean> patternPhased = new ArrayList<>();
    private int[] maxIndex = new int[8];
    private byte[] chromBytes = new byte[0];
    private String chrom = "";
    private final List<String> alleles = new ArrayList<>();

    VcfText(ByteLines lines, MarkerPanel panel, GenotypeSink sink) {
        this.lines = lines;
        this.source = lines.source();
        this.panel = panel;
        this.sink = sink;
        patternAlleles.add(null);
        patternPhased.add(false);
    }

    List<String> read() throws IOException, InputFormatException {
        VCFHeader header = header();
        samples = VcfReader.samples(header, source, lines.line());
        assembler = new LocusAssembler(source, samples, panel, sink);
        while (lines.next()) {
            byte[] b = lines.bytes();
            int start = lines.start(), end = lines.end();
            if (blank(b, start, end) || b[start] == '#') continue;
            record(b, start, end);
        }
        if (assembler.finish() == 0) throw VcfReader.noGenotypes(source, lines.line(), panel);
        return header.getGenotypeSamples();
    }

    private VCFHeader header() throws IOException, InputFormatException {
        List<String> text = new ArrayList<>();
        while (lines.next()) {
            String line = lines.text(lines.start(), lines.end());
            text.add(line);
            if (!line.startsWith("##")) break;
        }
        if (text.isEmpty()) {
            throw new InputFormatException(source, 0, "", "the file is empty: no genotypes");
        }
        try {
            return parseHeader(text);
        } catch (RuntimeException e) {
            long line = firstBadHeaderLine(text);
            throw new InputFormatException(source, line, "header", "not a readable VCF header: " + e.getMessage());
        }
    }

    /** htsjdk's parse of the header lines (the ## lines and the #CHROM line). */
    static VCFHeader parseHeader(List<String> text) {
        return (VCFHeader) new VCFCodec().readActualHeader(new Lines(text));
    }

    /** The line htsjdk stumbles on: the shortest prefix (plus the last line) that fails. */
    private static long firstBadHeaderLine(List<String> text) {
        String last = text.get(text.size() - 1);
        int lo = 1, hi = text.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            List<String> prefix = new ArrayList<>(text.subList(0, mid));
            if (mid < text.size()) prefix.add(last);
            boolean fails;
            try {
                parseHeader(prefix);
                fails = false;
            } catch (RuntimeException e) {
                fails = true;
            }
            if (fails) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private void record(byte[] b, int start, int end) throws InputFormatException {
        int t1 = field(b, start, end, "CHROM");
        int t2 = field(b, t1 + 1, end, "POS");
        int pos = position(b, t1 + 1, t2);
        int t3 = field(b, t2 + 1, end, "ID");
        int t4 = field(b, t3 + 1, end, "REF");
        int t5 = field(b, t4 + 1, end, "ALT");
        int t6 = field(b, t5 + 1, end, "QUAL");
        int t7 = field(b, t6 + 1, end, "FILTER");
        int t8 = field(b, t7 + 1, end, "INFO");
        if (t8 == end) throw lines.error("FORMAT", "no FORMAT and sample columns although the header names samples");
        if (t1 - start != chromBytes.length || !Arrays.equals(b, start, t1, chromBytes, 0, chromBytes.length)) {
            chromBytes = Arrays.copyOfRange(b, start, t1);
            chrom = lines.text(start, t1);
        }
        int locus = assembler.locate(chrom, pos, lines.line(), "POS");
        alleles(b, t3 + 1, t4, t5);
        if (locus < 0) return;
        int t9 = field(b, t8 + 1, end, "FORMAT");
        int keys = 1;
        for (int i = t8 + 1; i < t9; i++) if (b[i] == ':') keys++;
        boolean hasGt = startsWithGt(b, t8 + 1, t9);
        if (!hasGt && hasKey(b, t8 + 1, t9, "GT")) {
            throw lines.error("FORMAT", "GT must be the first FORMAT key when present");
        }
        int[] ids = assembler.siteIds();
        genotypes(b, t9 + 1, end, ids, keys, hasGt);
        assembler.add(locus, siteCalls(ids), lines.line());
    }

    /** Every sample's GT as a pattern id; checks the column count and the values per FORMAT key. */
    private void genotypes(byte[] b, int from, int end, int[] ids, int keys, boolean hasGt)
            throws InputFormatException {
        int p = from;
        long lastKey = -1;
        int lastId = NO_CALL;
        int n = samples.length;
        for (int s = 0; s < n; s++) {
            if (p > end) throw columns(s);
            int q = p;
            long key = 0;
            byte c = 0;
            while (q < end) {
                c = b[q];
                if (c == '\t' || c == ':') break;
                key = key << 8 | (c & 0xFF);
                q++;
            }
            int len = q - p;
            int id = NO_CALL;
            if (hasGt) {
                if (len <= 7) {
                    key |= (long) len << 56;
                    if (key != lastKey) {
                        lastId = shortPattern(key, b, p, q, s);
                        lastKey = key;
                    }
                    id = lastId;
                } else {
                    id = longPattern(b, p, q, s);
                }
            }
            ids[s] = id;
            if (q < end && c == ':') {
                int values = 2;
                for (q++; q < end && (c = b[q]) != '\t'; q++) if (c == ':') values++;
                if (values > keys) {
                    throw lines.error(samples[s], values + " values for the " + keys + " FORMAT keys");
                }
            }
            p = q + 1;
        }
        if (p <= end) throw columns(-1);
    }

    private InputFormatException columns(int found) {
        return lines.error(
                "columns",
                "expected " + samples.length + " sample columns as in the header, found "
                        + (found >= 0 ? String.valueOf(found) : "more"));
    }

    private int shortPattern(long key, byte[] b, int from, int to, int sample) throws InputFormatException {
        int id = shortPatterns.get(key);
        if (id < 0) {
            id = newPattern(b, from, to, sample);
            shortPatterns.put(key, id);
        }
        return id;
    }

    private int longPattern(byte[] b, int from, int to, int sample) throws InputFormatException {
        String gt = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        Integer id = longPatterns.get(gt);
        if (id == null) {
            id = newPattern(b, from, to, sample);
            longPatterns.put(gt, id);
        }
        return id;
    }

    /**
     * A GT string as htsjdk reads it: allele indexes split at {@code /} and {@code |} (empty pieces
     * skipped), {@code .} a no-call, phased when any {@code |} appears. Any no-call, or no allele at
     * all, makes the site a no-call.
     */
    private int newPattern(byte[] b, int from, int to, int sample) throws InputFormatException {
        List<Integer> idx = new ArrayList<>();
        boolean phased = false, noCall = false;
        int i = from;
        while (i < to) {
            byte c = b[i];
            if (c == '/' || c == '|') {
                phased |= c == '|';
                i++;
                continue;
            }
            int j = i;
            while (j < to && b[j] != '/' && b[j] != '|') j++;
            if (j - i == 1 && b[i] == '.') {
                noCall = true;
            } else {
                long v = 0;
                for (int k = i; k < j; k++) {
                    if (b[k] < '0' || b[k] > '9' || v > 1_000_000) {
                        throw lines.error(
                                samples[sample],
                                "not a genotype: '" + new String(b, from, to - from, StandardCharsets.UTF_8) + "'");
                    }
                    v = v * 10 + (b[k] - '0');
                }
                idx.add((int) v);
            }
            i = j;
        }
        if (noCall || idx.isEmpty()) return NO_CALL;
        int[] a = idx.stream().mapToInt(Integer::intValue).toArray();
        patternAlleles.add(a);
        patternPhased.add(phased);
        int id = patternAlleles.size() - 1;
        if (id >= maxIndex.length) maxIndex = Arrays.copyOf(maxIndex, id * 2);
        maxIndex[id] = Arrays.stream(a).max().orElse(0);
        return id;
    }

    /** Each pattern's call at this record (its allele indexes as bases); an error when a used index is out of range. */
    private SiteCall[] siteCalls(int[] ids) throws InputFormatException {
        int patterns = patternAlleles.size();
        SiteCall[] calls = new SiteCall[patterns];
        boolean bad = false;
        for (int id = 1; id < patterns; id++) {
            if (maxIndex[id] >= alleles.size()) {
                bad = true;
                continue;
            }
            int[] a = patternAlleles.get(id);
            String[] bases = new String[a.length];
            for (int k = 0; k < a.length; k++) bases[k] = alleles.get(a[k]);
            calls[id] = new SiteCall(bases, patternPhased.get(id));
        }
        if (bad) {
            for (int s = 0; s < ids.length; s++) {
                if (ids[s] != NO_CALL && calls[ids[s]] == null) {
                    throw lines.error(
                            samples[s],
                            "allele index " + maxIndex[ids[s]] + " is not defined in the REF/ALT columns ("
                                    + alleles.size() + " alleles)");
                }
            }
        }
        return calls;
    }

    /** REF and ALT checked as htsjdk checks them, kept as their display strings (bases upper-cased). */
    private void alleles(byte[] b, int refFrom, int refTo, int altTo) throws InputFormatException {
        alleles.clear();
        allele(b, refFrom, refTo, true);
        int i = refTo + 1;
        while (i <= altTo) {
            int j = i;
            while (j < altTo && b[j] != ',') j++;
            allele(b, i, j, false);
            i = j + 1;
        }
        for (int x = 0; x < alleles.size(); x++) {
            for (int y = x + 1; y < alleles.size(); y++) {
                if (alleles.get(x).equals(alleles.get(y))) {
                    throw lines.error("ALT", "duplicate allele " + alleles.get(x));
                }
            }
        }
    }

    private void allele(byte[] b, int from, int to, boolean ref) throws InputFormatException {
        String field = ref ? "REF" : "ALT";
        int len = to - from;
        if (len == 0) throw lines.error(field, "empty allele");
        if (len == 1 && b[from] == '.') {
            if (ref) throw lines.error(field, "the reference allele cannot be missing");
            return; // no ALT allele (a monomorphic site)
        }
        if (len > 1 && symbolic(b, from, to)) {
            if (ref) throw lines.error(field, "a symbolic allele cannot be the reference");
            alleles.add(lines.text(from, to));
            return;
        }
        if (len == 1 && b[from] == '*') {
            if (ref) throw lines.error(field, "'*' cannot be the reference allele");
            alleles.add("*");
            return;
        }
        for (int i = from; i < to; i++) {
            switch (b[i]) {
                case 'A', 'C', 'G', 'T', 'N', 'a', 'c', 'g', 't', 'n' -> {}
                default -> throw lines.error(field, "not an allele: '" + lines.text(from, to) + "'");
            }
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = from; i < to; i++) sb.append((char) (b[i] & 0xDF));
        alleles.add(sb.toString());
    }

    private static boolean symbolic(byte[] b, int from, int to) {
        if (b[from] == '<' || b[to - 1] == '>' || b[from] == '.' || b[to - 1] == '.') return true;
        for (int i = from; i < to; i++) if (b[i] == '[' || b[i] == ']') return true;
        return false;
    }

    /** End of the tab-separated field starting at {@code from} (a tab or the line end); an error when empty. */
    private int field(byte[] b, int from, int end, String name) throws InputFormatException {
        if (from > end) throw lines.error(name, "missing: a VCF record has 8 fixed columns, then FORMAT and samples");
        int i = from;
        while (i < end && b[i] != '\t') i++;
        if (i == from) throw lines.error(name, "empty field");
        return i;
    }

    private int position(byte[] b, int from, int to) throws InputFormatException {
        long v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9' || v > Integer.MAX_VALUE) {
                throw lines.error("POS", "not a position: '" + lines.text(from, to) + "'");
            }
            v = v * 10 + (b[i] - '0');
        }
        if (v < 1 || v > Integer.MAX_VALUE) throw lines.error("POS", "not a position: '" + lines.text(from, to) + "'");
        return (int) v;
    }

    private static boolean startsWithGt(byte[] b, int from, int to) {
        return to - from >= 2 && b[from] == 'G' && b[from + 1] == 'T' && (to - from == 2 || b[from + 2] == ':');
    }

    private static boolean hasKey(byte[] b, int from, int to, String key) {
        int i = from;
        while (i <= to) {
            int j = i;
            while (j < to && b[j] != ':') j++;
            if (j - i == key.length() && new String(b, i, j - i, StandardCharsets.ISO_8859_1).equals(key)) return true;
            i = j + 1;
        }
        return false;
    }

    /** Blank as String.isBlank sees it for ASCII: tabs, spaces, form feeds and the like only. */
    static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && (c < 9 || c > 13) && (c < 28 || c > 31)) return false;
        }
        return true;
    }

    /** The header lines as htsjdk's codec wants them. */
    private static final class Lines implements LineIterator {
        private final List<String> text;
        private int i;

        Lines(List<String> text) {
            this.text = text;
        }

        @Override
        public boolean hasNext() {
            return i < text.size();
        }

        @Override
        public String next() {
            return text.get(i++);
        }

        @Override
        public String peek() {
            return text.get(i);
        }
    }
}
