package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.BedReader;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

class HapMapReaderTest {

    static final String HAPMAP = """
            rs#\talleles\tchrom\tpos\tstrand\tassembly#\tcenter\tprotLSID\tassayLSID\tpanel\tQCcode\tone\ttwo\tthree
            s1\tA/G\t1\t1000\t+\tNA\tNA\tNA\tNA\tNA\tNA\tAA\tR\tGG
            s2\tC/T\t1\t1100\t+\tNA\tNA\tNA\tNA\tNA\tNA\tC\tCC\tY
            s3\tC/T\t1\t1299\t+\tNA\tNA\tNA\tNA\tNA\tNA\tTT\tT\tN
            s4\tA/C\t1\t1300\t+\tNA\tNA\tNA\tNA\tNA\tNA\tA\tAC\tCC
            s5\tG/T\t1\t5000\t+\tNA\tNA\tNA\tNA\tNA\tNA\tG\tG\tG
            s6\tA/G\t2\t100\t+\tNA\tNA\tNA\tNA\tNA\tNA\tAG\tNN\tGA
            s7\tA/T\t2\t250\t+\tNA\tNA\tNA\tNA\tNA\tNA\tAA\tTT\tW
            """;

    @TempDir
    Path dir;

    @Test
    void derivesWindowsOfAtMostMaxSpanWithEnoughSnps() throws Exception {
        Path f = Files.writeString(dir.resolve("t.hmp.txt"), HAPMAP);
        MarkerPanel panel = HapMapReader.derivePanel(f, "derived", "1", 300, 2);
        // 1000..1299 spans exactly 300 bp; 1300 opens a window alone; 5000 alone; chrom 2 pairs 100 and 250
        assertEquals(
                List.of(new Locus("1_1000_1299", "1", 999, 1299), new Locus("2_100_250", "2", 99, 250)), panel.loci());
        StringWriter bed = new StringWriter();
        BedWriter.write(panel, bed);
        Path bedFile = Files.writeString(dir.resolve("p.bed"), bed.toString());
        assertEquals(panel.loci(), BedReader.read(bedFile, "derived", "1").loci());
    }

    @Test
    void readsOneAndTwoLetterIupacCallsIntoLocusGenotypes() throws Exception {
        Path f = Files.writeString(dir.resolve("t.hmp.txt"), HAPMAP);
        MarkerPanel panel = HapMapReader.derivePanel(f, "derived", "1", 300, 2);
        RecordingSink sink = new RecordingSink();
        assertEquals(List.of("one", "two", "three"), HapMapReader.read(f, panel, sink));
        assertEquals("ACT", sink.get("one", 0));
        assertEquals("ACT/GCT", sink.get("two", 0));
        assertEquals("", sink.get("three", 0));
        assertEquals("AA/GA", sink.get("one", 1));
        assertEquals("", sink.get("two", 1));
        assertEquals("A,G;A,T", sink.get("three", 1));
    }

    @Test
    void badCallNamesLineAndSample() throws Exception {
        Path f = Files.writeString(dir.resolve("b.hmp.txt"), HAPMAP.replace("\tC\tCC\tY", "\tC\tCX\tY"));
        MarkerPanel panel = HapMapReader.derivePanel(f, "derived", "1", 300, 2);
        InputFormatException e =
                assertThrows(InputFormatException.class, () -> HapMapReader.read(f, panel, new RecordingSink()));
        assertEquals(3, e.line());
        assertEquals("two", e.field());
    }

    @Test
    void rejectsFilesThatAreNotHapMap() throws Exception {
        Path f = Files.writeString(dir.resolve("x.txt"), "sample\tlocus\talleles\tdepths\n");
        assertThrows(InputFormatException.class, () -> HapMapReader.derivePanel(f, "d", "1", 300, 2));
    }
}
