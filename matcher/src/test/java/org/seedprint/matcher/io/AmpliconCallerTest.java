package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import htsjdk.samtools.SAMFileHeader;
import htsjdk.samtools.SAMFileWriter;
import htsjdk.samtools.SAMFileWriterFactory;
import htsjdk.samtools.SAMReadGroupRecord;
import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.reference.FastaSequenceIndexCreator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

class AmpliconCallerTest {

    // Reference "chr1": locus M1 at 0-based 100..110 (10 bp), M2 at 200..210.
    static final MarkerPanel PANEL =
            new MarkerPanel("amp", "1", List.of(new Locus("M1", "chr1", 100, 110), new Locus("M2", "chr1", 200, 210)));
    static final String H1 = "ACGTACGTAC", H2 = "ACGTTCGTAC", H3 = "TCGTACGAAC", CONTAMINANT = "GGGTACGTAC";
    static final String FLANK = "TTTTT";

    @TempDir
    Path dir;

    SAMFileHeader header;
    int readNo;

    @BeforeEach
    void header() {
        header = new SAMFileHeader(new SAMSequenceDictionary(List.of(new SAMSequenceRecord("chr1", 1000))));
        header.setSortOrder(SAMFileHeader.SortOrder.unsorted);
        SAMReadGroupRecord a = new SAMReadGroupRecord("rgA");
        a.setSample("mixA");
        SAMReadGroupRecord b = new SAMReadGroupRecord("rgB");
        b.setSample("inbredB");
        header.addReadGroup(a);
        header.addReadGroup(b);
    }

    @Test
    void threeHaplotypeMixtureKeepsAllThreeAndDropsTheLowFrequencyContaminant() throws Exception {
        Path bam = dir.resolve("mix.bam");
        try (SAMFileWriter w = new SAMFileWriterFactory().makeBAMWriter(header, false, bam)) {
            add(w, "rgA", 100, H1, 60); // 60 reads
            add(w, "rgA", 100, H2, 30);
            add(w, "rgA", 100, H3, 20);
            add(w, "rgA", 100, CONTAMINANT, 10); // 10 of 120 reads = 8.3 %: kept at 0.05 ...
            add(w, "rgA", 200, H1, 200);
            add(w, "rgA", 200, CONTAMINANT, 10); // ... 10 of 210 = 4.8 %: dropped
            add(w, "rgB", 100, H1, 50);
            add(w, "rgB", 100, H2, 9); // 15 % but depth 9 < 10: dropped
        }
        RecordingSink sink = new RecordingSink();
        new AmpliconCaller(PANEL, AmpliconCaller.Settings.DEFAULTS).call(bam, null, sink);
        assertEquals("ACGTACGTAC/ACGTTCGTAC/TCGTACGAAC/GGGTACGTAC|[60, 30, 20, 10]", sink.get("mixA", 0));
        assertEquals("ACGTACGTAC|[200]", sink.get("mixA", 1));
        assertEquals("ACGTACGTAC|[50]", sink.get("inbredB", 0));
        assertEquals("", sink.get("inbredB", 1));
    }

    @Test
    void contaminantBelowMinFrequencyIsDroppedWhileTheMixtureStays() throws Exception {
        Path bam = dir.resolve("contaminated.bam");
        try (SAMFileWriter w = new SAMFileWriterFactory().makeBAMWriter(header, false, bam)) {
            add(w, "rgA", 100, H1, 150);
            add(w, "rgA", 100, H2, 100);
            add(w, "rgA", 100, H3, 80);
            add(w, "rgA", 100, CONTAMINANT, 12); // depth 12 >= 10 but 3.5 % < 5 %
        }
        RecordingSink sink = new RecordingSink();
        new AmpliconCaller(PANEL, AmpliconCaller.Settings.DEFAULTS).call(bam, null, sink);
        assertEquals("ACGTACGTAC/ACGTTCGTAC/TCGTACGAAC|[150, 100, 80]", sink.get("mixA", 0));
    }

    @Test
    void readsMustSpanTheLocusAndPassMappingQualityAndDuplicateFilters() throws Exception {
        Path bam = dir.resolve("filters.bam");
        try (SAMFileWriter w = new SAMFileWriterFactory().makeBAMWriter(header, false, bam)) {
            add(w, "rgB", 100, H1, 20);
            for (int i = 0; i < 30; i++)
                w.addAlignment(
                        read("rgB", 100, FLANK + H2 + FLANK, (FLANK.length() + 10 + FLANK.length()) + "M", 5, false));
            for (int i = 0; i < 30; i++)
                w.addAlignment(
                        read("rgB", 100, FLANK + H3 + FLANK, (FLANK.length() + 10 + FLANK.length()) + "M", 60, true));
            // aligned from 0-based 103, inside the locus: does not span it
            for (int i = 0; i < 30; i++) w.addAlignment(read("rgB", 108, "GTTCGTACTTTTT", "13M", 60, false));
        }
        RecordingSink sink = new RecordingSink();
        new AmpliconCaller(PANEL, AmpliconCaller.Settings.DEFAULTS).call(bam, null, sink);
        assertEquals("ACGTACGTAC|[20]", sink.get("inbredB", 0));
        RecordingSink lenient = new RecordingSink();
        new AmpliconCaller(PANEL, new AmpliconCaller.Settings(10, 0.05, 0, true)).call(bam, null, lenient);
        assertEquals("ACGTTCGTAC/TCGTACGAAC/ACGTACGTAC|[30, 30, 20]", lenient.get("inbredB", 0));
    }

    @Test
    void deletionsAndInsertionsShowInTheHaplotype() throws Exception {
        Path bam = dir.resolve("indel.bam");
        try (SAMFileWriter w = new SAMFileWriterFactory().makeBAMWriter(header, false, bam)) {
            // 2 bp deleted after the locus's 4th base
            for (int i = 0; i < 12; i++)
                w.addAlignment(read("rgB", 100, FLANK + "ACGT" + "GTAC" + FLANK, "9M2D9M", 60, false));
            // "GG" inserted after the 4th base
            for (int i = 0; i < 15; i++)
                w.addAlignment(read("rgB", 100, FLANK + "ACGTGGACGTAC" + FLANK, "9M2I11M", 60, false));
            // an insertion right before the locus lies outside it
            for (int i = 0; i < 11; i++) w.addAlignment(read("rgB", 100, "TTTTTCC" + H1 + FLANK, "5M2I15M", 60, false));
        }
        RecordingSink sink = new RecordingSink();
        new AmpliconCaller(PANEL, AmpliconCaller.Settings.DEFAULTS).call(bam, null, sink);
        assertEquals("ACGTggACGTAC/ACGT--GTAC/ACGTACGTAC|[15, 12, 11]", sink.get("inbredB", 0));
    }

    @Test
    void samWithoutReadGroupsNamesTheSampleAfterTheFile() throws Exception {
        SAMFileHeader plain = new SAMFileHeader(header.getSequenceDictionary());
        Path sam = dir.resolve("line42.sam");
        try (SAMFileWriter w = new SAMFileWriterFactory().makeSAMWriter(plain, false, sam)) {
            for (int i = 0; i < 10; i++) {
                SAMRecord r = read(null, 200, FLANK + H3 + FLANK, "20M", 60, false);
                r.setHeader(plain);
                w.addAlignment(r);
            }
        }
        RecordingSink sink = new RecordingSink();
        new AmpliconCaller(PANEL, AmpliconCaller.Settings.DEFAULTS).call(sam, null, sink);
        assertEquals("", sink.get("line42", 0));
        assertEquals("TCGTACGAAC|[10]", sink.get("line42", 1));
    }

    @Test
    void cramWithItsReferenceGivesTheSameCalls() throws Exception {
        StringBuilder chr1 = new StringBuilder("T".repeat(1000));
        chr1.replace(100, 110, H1);
        Path fasta = Files.writeString(dir.resolve("ref.fa"), ">chr1\n" + chr1 + "\n");
        FastaSequenceIndexCreator.create(fasta, true);
        header.setSortOrder(SAMFileHeader.SortOrder.coordinate);
        Path bam = dir.resolve("mix.bam"), cram = dir.resolve("mix.cram");
        try (SAMFileWriter b = new SAMFileWriterFactory().makeBAMWriter(header, false, bam);
                SAMFileWriter c = new SAMFileWriterFactory().makeCRAMWriter(header, false, cram, fasta)) {
            for (SAMFileWriter w : List.of(b, c)) {
                readNo = 0;
                add(w, "rgA", 100, H1, 30);
                add(w, "rgA", 100, H3, 15);
            }
        }
        RecordingSink fromBam = new RecordingSink(), fromCram = new RecordingSink();
        AmpliconCaller caller = new AmpliconCaller(PANEL, AmpliconCaller.Settings.DEFAULTS);
        caller.call(bam, null, fromBam);
        caller.call(cram, fasta, fromCram);
        assertEquals("ACGTACGTAC/TCGTACGAAC|[30, 15]", fromCram.get("mixA", 0));
        assertEquals(fromBam.calls, fromCram.calls);
    }

    @Test
    void garbageIsAnInputFormatError() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.sam"), "@HD\tVN:1.6\nr1\tnot-a-flag\n");
        assertThrows(
                InputFormatException.class,
                () -> new AmpliconCaller(PANEL, AmpliconCaller.Settings.DEFAULTS).call(bad, null, new RecordingSink()));
    }

    /** {@code copies} reads covering the locus at {@code locusStart} with 5 bp flanks. */
    private void add(SAMFileWriter w, String rg, int locusStart, String haplotype, int copies) {
        for (int i = 0; i < copies; i++) {
            w.addAlignment(read(
                    rg,
                    locusStart,
                    FLANK + haplotype + FLANK,
                    (2 * FLANK.length() + haplotype.length()) + "M",
                    60,
                    false));
        }
    }

    private SAMRecord read(String rg, int locusStart0, String bases, String cigar, int mapq, boolean duplicate) {
        SAMRecord r = new SAMRecord(header);
        r.setReadName("r" + readNo++);
        r.setReferenceName("chr1");
        r.setAlignmentStart(locusStart0 - FLANK.length() + 1);
        r.setCigarString(cigar);
        r.setReadString(bases);
        r.setBaseQualityString("I".repeat(bases.length()));
        r.setMappingQuality(mapq);
        r.setDuplicateReadFlag(duplicate);
        if (rg != null) r.setAttribute("RG", rg);
        return r;
    }
}
