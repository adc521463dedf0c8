package org.seedprint.matcher.io;

import htsjdk.samtools.Cigar;
import htsjdk.samtools.CigarElement;
import htsjdk.samtools.SAMReadGroupRecord;
import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SamReader;
import htsjdk.samtools.SamReaderFactory;
import htsjdk.samtools.ValidationStringency;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * Calls MNP haplotypes from aligned amplicon reads (BAM, CRAM or SAM). A read counts at a locus
 * when its alignment spans the whole locus; its haplotype is the read's bases at the locus's
 * reference positions, {@code -} for a deleted position, inserted bases in lower case after the
 * reference position they follow (insertions at the locus edges lie outside it). Reads with an
 * {@code N} base, a skipped region ({@code N} in the CIGAR) or a padded gap inside the locus do not count.
 * A haplotype is kept when its depth and its share of the locus's counted reads reach the minimums.
 */
public final class AmpliconCaller {

    /** Filters and thresholds; the defaults are the {@code call} command's. */
    public record Settings(int minDepth, double minFreq, int minMapq, boolean keepDuplicates) {
        public static final Settings DEFAULTS = new Settings(10, 0.05, 20, false);

        public Settings {
            if (minDepth < 1) throw new IllegalArgumentException("min depth must be >= 1");
            if (minFreq < 0 || minFreq > 1) throw new IllegalArgumentException("min frequency must be in [0, 1]");
        }
    }

    private final MarkerPanel panel;
    private final Settings settings;
    private final Map<String, int[]> lociByChrom = new HashMap<>();

    public AmpliconCaller(MarkerPanel panel, Settings settings) {
        this.panel = panel;
        this.settings = settings;
        Map<String, List<Integer>> by = new HashMap<>();
        for (int i = 0; i < panel.size(); i++)
            by.computeIfAbsent(panel.locus(i).chrom(), c -> new ArrayList<>()).add(i);
        by.forEach((c, l) -> lociByChrom.put(
                c,
                l.stream()
                        .sorted((a, b) -> Integer.compare(
                                panel.locus(a).start(), panel.locus(b).start()))
                        .mapToInt(Integer::intValue)
                        .toArray()));
    }

    /**
     * Calls every sample of the file (samples come from the read groups' SM tags, or the file name
     * without extension when there are none) and delivers every panel locus, missing ones included.
     *
     * @param reference FASTA for CRAM, or null
     */
    public void call(Path alignments, Path reference, GenotypeSink sink) throws IOException, InputFormatException {
        String source = alignments.toString();
        SamReaderFactory factory = SamReaderFactory.makeDefault().validationStringency(ValidationStringency.LENIENT);
        if (reference != null) factory = factory.referenceSequence(reference);
        Map<String, Map<String, Integer>[]> counts = new LinkedHashMap<>();
        String fallback = alignments.getFileName().toString().replaceFirst("\\.(bam|cram|sam)$", "");
        try (SamReader reader = factory.open(alignments)) {
            for (SAMReadGroupRecord rg : reader.getFileHeader().getReadGroups()) {
                if (rg.getSample() != null) counts.computeIfAbsent(rg.getSample(), s -> newCounts());
            }
            long n = 0;
            for (SAMRecord read : reader) {
                n++;
                if (!usable(read)) continue;
                int[] loci = lociByChrom.get(read.getReferenceName());
                if (loci == null) continue;
                String sample = sample(read, fallback, source, n);
                for (int k = firstStartingAtOrAfter(loci, read.getAlignmentStart() - 1); k < loci.length; k++) {
                    Locus locus = panel.locus(loci[k]);
                    if (locus.start() >= read.getAlignmentEnd()) break;
                    if (locus.end() > read.getAlignmentEnd()) continue;
                    String h = haplotype(read, locus);
                    if (h != null) counts.computeIfAbsent(sample, s -> newCounts())[loci[k]].merge(h, 1, Integer::sum);
                }
            }
        } catch (htsjdk.samtools.SAMException e) {
            throw new InputFormatException(source, 0, "record", "unreadable alignment file: " + e.getMessage());
        }
        if (counts.isEmpty()) counts.put(fallback, newCounts());
        counts.forEach((sample, byLocus) -> {
            for (int l = 0; l < byLocus.length; l++) deliver(sample, l, byLocus[l], sink);
        });
    }

    private void deliver(String sample, int locus, Map<String, Integer> counts, GenotypeSink sink) {
        long total = 0;
        for (int c : counts.values()) total += c;
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= settings.minDepth() && (double) e.getValue() / total >= settings.minFreq()) kept.add(e);
        }
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        sink.accept(
                sample,
                locus,
                kept.stream().map(Map.Entry::getKey).toArray(String[]::new),
                kept.isEmpty()
                        ? null
                        : kept.stream().mapToInt(Map.Entry::getValue).toArray());
    }

    private boolean usable(SAMRecord r) {
        return !r.getReadUnmappedFlag()
                && !r.isSecondaryOrSupplementary()
                && !r.getReadFailsVendorQualityCheckFlag()
                && (settings.keepDuplicates() || !r.getDuplicateReadFlag())
                && r.getMappingQuality() >= settings.minMapq()
                && r.getReadBases().length > 0;
    }

    private static String sample(SAMRecord read, String fallback, String source, long n) throws InputFormatException {
        SAMReadGroupRecord rg = read.getReadGroup();
        if (rg != null && rg.getSample() != null) return rg.getSample();
        if (read.getAttribute("RG") != null) {
            throw new InputFormatException(
                    source,
                    n,
                    "RG",
                    "read " + read.getReadName() + " names read group " + read.getAttribute("RG")
                            + ", which the header lacks or gives no SM");
        }
        return fallback;
    }

    /** The read's haplotype over the locus, or null when the read does not count there. */
    static String haplotype(SAMRecord read, Locus locus) {
        byte[] bases = read.getReadBases();
        StringBuilder h = new StringBuilder(locus.length() + 4);
        int ref = read.getAlignmentStart() - 1; // 0-based reference position of the next aligned base
        int q = 0;
        Cigar cigar = read.getCigar();
        for (CigarElement e : cigar) {
            int len = e.getLength();
            switch (e.getOperator()) {
                case M, EQ, X -> {
                    for (int i = 0; i < len; i++, ref++, q++) {
                        if (ref >= locus.start() && ref < locus.end()) {
                            char b = Character.toUpperCase((char) bases[q]);
                            if (b == 'N') return null;
                            h.append(b);
                        }
                    }
                }
                case I -> {
                    if (ref > locus.start() && ref < locus.end()) {
                        for (int i = 0; i < len; i++) {
                            char b = Character.toLowerCase((char) bases[q + i]);
                            if (b == 'n') return null;
                            h.append(b);
                        }
                    }
                    q += len;
                }
                case D -> {
                    for (int i = 0; i < len; i++, ref++) {
                        if (ref >= locus.start() && ref < locus.end()) h.append('-');
                    }
                }
                case N -> {
                    if (ref + len > locus.start() && ref < locus.end()) return null;
                    ref += len;
                }
                case S -> q += len;
                case H -> {}
                case P -> {
                    if (ref > locus.start() && ref < locus.end()) return null;
                }
            }
        }
        return h.toString();
    }

    private int firstStartingAtOrAfter(int[] loci, int pos0) {
        int lo = 0, hi = loci.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (panel.locus(loci[mid]).start() < pos0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation
    private Map<String, Integer>[] newCounts() {
        Map<String, Integer>[] m = new Map[panel.size()];
        Arrays.setAll(m, i -> new HashMap<>());
        return m;
    }
}
