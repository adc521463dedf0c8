package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.BedReader;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

/** Issue 14's reader defects: each of these passed silently, or ended in another exception, before. */
class ReaderDefectsTest {

    static final String UPLOAD = "upload-from-user.txt";
    static final String VCF_HEADER = VcfReaderTest.HEADER;
    static final String HAPMAP_HEADER =
            "rs#\talleles\tchrom\tpos\tstrand\tassembly#\tcenter\tprotLSID\tassayLSID\tpanel\tQCcode\tone\ttwo\n";
    static final MarkerPanel PANEL = VcfReaderTest.PANEL;
    static final MarkerPanel HAPMAP_PANEL =
            new MarkerPanel("h", "1", List.of(new Locus("W1", "1", 999, 1300), new Locus("W2", "2", 99, 250)));

    @TempDir
    Path dir;

    private InputFormatException fails(Path file, GenotypeFiles.Format format, MarkerPanel panel) {
        InputFormatException e = assertThrows(
                InputFormatException.class, () -> GenotypeFiles.read(file, UPLOAD, format, panel, new RecordingSink()));
        assertEquals(UPLOAD, e.source(), e.getMessage());
        assertFalse(e.getMessage().contains(dir.toString()), "no server path in " + e.getMessage());
        return e;
    }

    @Test
    void vcfRecordsOutOfOrderInsideALocusAreAnErrorNotAReversedHaplotype() throws Exception {
        Path f = Files.writeString(
                dir.resolve("u.vcf"),
                VCF_HEADER
                        + "1\t150\t.\tG\tG,A\t.\tPASS\t.\tGT\t1/1\t1/1\t1/1\t1/1\t1/1\n".replace("G,A", "A")
                        + "1\t110\t.\tA\tG\t.\tPASS\t.\tGT\t1/1\t1/1\t1/1\t1/1\t1/1\n");
        InputFormatException e = fails(f, GenotypeFiles.Format.VCF, PANEL);
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not sorted"), e.getMessage());
    }

    @Test
    void vcfLociOutOfOrderAreAnError() throws Exception {
        Path f = Files.writeString(
                dir.resolve("l.vcf"),
                VCF_HEADER
                        + "1\t320\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n"
                        + "1\t120\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n");
        assertEquals(6, fails(f, GenotypeFiles.Format.VCF, PANEL).line());
    }

    @Test
    void vcfChromosomeComingBackIsAnError() throws Exception {
        Path f = Files.writeString(
                dir.resolve("c.vcf"),
                VCF_HEADER.replace("##contig=<ID=1,length=10000>", "##contig=<ID=1>\n##contig=<ID=2>")
                        + "1\t120\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n"
                        + "2\t10\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n"
                        + "1\t320\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n");
        InputFormatException e = fails(f, GenotypeFiles.Format.VCF, PANEL);
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("comes back"), e.getMessage());
    }

    @Test
    void twoVcfRecordsAtOnePositionInALocusAreAnError() throws Exception {
        Path f = Files.writeString(
                dir.resolve("d.vcf"),
                VCF_HEADER
                        + "1\t120\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n"
                        + "1\t120\t.\tA\tT\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n");
        assertEquals(6, fails(f, GenotypeFiles.Format.VCF, PANEL).line());
    }

    @Test
    void hapMapRowsOutOfOrderAreAnError() throws Exception {
        Path f = Files.writeString(
                dir.resolve("u.hmp.txt"),
                HAPMAP_HEADER
                        + "s2\tC/T\t1\t1100\t+\tNA\tNA\tNA\tNA\tNA\tNA\tC\tCC\n"
                        + "s1\tA/G\t1\t1000\t+\tNA\tNA\tNA\tNA\tNA\tNA\tAA\tR\n");
        assertEquals(3, fails(f, GenotypeFiles.Format.HAPMAP, HAPMAP_PANEL).line());
    }

    @Test
    void hapMapCallsOutsideEveryLocusAreCheckedToo() throws Exception {
        Path f = Files.writeString(
                dir.resolve("x.hmp.txt"),
                HAPMAP_HEADER
                        + "s1\tA/G\t1\t1000\t+\tNA\tNA\tNA\tNA\tNA\tNA\tAA\tR\n"
                        + "s9\tA/G\t1\t9000\t+\tNA\tNA\tNA\tNA\tNA\tNA\tAA\tQQ\n");
        InputFormatException e = fails(f, GenotypeFiles.Format.HAPMAP, HAPMAP_PANEL);
        assertEquals(3, e.line());
        assertEquals("two", e.field());
    }

    /** The same good file in each format, for the compression and encoding cases. */
    private byte[] valid(GenotypeFiles.Format format) {
        String text = switch (format) {
            case VCF -> VCF_HEADER + VcfReaderTest.BODY.repeat(1);
            case HAPMAP ->
                HAPMAP_HEADER
                        + "s1\tA/G\t1\t1000\t+\tNA\tNA\tNA\tNA\tNA\tNA\tAA\tR\n"
                        + "s2\tC/T\t1\t1100\t+\tNA\tNA\tNA\tNA\tNA\tNA\tC\tCC\n";
            case TSV -> "sample\tlocus\talleles\tdepths\nS1\tL1\tACGT\t30\nS1\tL2\tAA/AC\t3/4\nS2\tL1\tA\t.\n";
        };
        StringBuilder big = new StringBuilder(text);
        if (format == GenotypeFiles.Format.TSV) {
            for (int s = 3; s < 40_000; s++)
                big.append("S").append(s).append("\tL1\tACGT\t").append(s).append('\n');
        }
        return big.toString().getBytes(StandardCharsets.UTF_8);
    }

    private MarkerPanel panel(GenotypeFiles.Format format) {
        return format == GenotypeFiles.Format.HAPMAP ? HAPMAP_PANEL : PANEL;
    }

    @ParameterizedTest
    @EnumSource(GenotypeFiles.Format.class)
    void truncatedGzipAndBgzipAreErrorsNamingTheFileAndLine(GenotypeFiles.Format format) throws Exception {
        byte[] content = valid(format);
        for (boolean bgzf : new boolean[] {false, true}) {
            Path whole = dir.resolve("whole.gz");
            if (bgzf) RandomVcf.bgzip(whole, content);
            else RandomVcf.gzip(whole, content);
            byte[] gz = Files.readAllBytes(whole);
            GenotypeFiles.read(whole, UPLOAD, format, panel(format), new RecordingSink());
            for (int cut : new int[] {gz.length - 1, gz.length - 8, gz.length - 28, gz.length / 2, 20, 5}) {
                Path f = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(gz, cut));
                InputFormatException e = fails(f, format, panel(format));
                assertTrue(
                        e.getMessage().contains("truncated") || e.getMessage().contains("damaged"), e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(GenotypeFiles.Format.class)
    void aGzipChecksumMismatchIsAnErrorNamingTheFile(GenotypeFiles.Format format) throws Exception {
        byte[] content = valid(format);
        for (boolean bgzf : new boolean[] {false, true}) {
            Path whole = dir.resolve("whole.gz");
            byte[] gz = Files.readAllBytes(bgzf ? RandomVcf.bgzip(whole, content) : RandomVcf.gzip(whole, content));
            // the CRC-32 of the last data block: 8 bytes before its end (before BGZF's 28-byte end block)
            int crc = gz.length - (bgzf ? 28 : 0) - 8;
            gz[crc] ^= 0x55;
            InputFormatException e = fails(Files.write(dir.resolve("crc.gz"), gz), format, panel(format));
            assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("CRC"), e.getMessage());
            assertTrue(e.line() > 0, e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(GenotypeFiles.Format.class)
    void headerOnlyAndEmptyFilesHaveNoGenotypes(GenotypeFiles.Format format) throws Exception {
        String header = switch (format) {
            case VCF -> VCF_HEADER;
            case HAPMAP -> HAPMAP_HEADER;
            case TSV -> "sample\tlocus\talleles\tdepths\n";
        };
        for (String content : new String[] {header, ""}) {
            InputFormatException e = fails(Files.writeString(dir.resolve("h.txt"), content), format, panel(format));
            assertTrue(e.getMessage().contains("no genotypes"), e.getMessage());
        }
        assertEquals(GenotypeFiles.Format.TSV, GenotypeFiles.detect(Files.writeString(dir.resolve("z"), "")));
    }

    @ParameterizedTest
    @EnumSource(GenotypeFiles.Format.class)
    void latin1AndGb18030AreReportedAsNotUtf8WithTheLine(GenotypeFiles.Format format) throws Exception {
        for (Charset cs : new Charset[] {StandardCharsets.ISO_8859_1, Charset.forName("GB18030")}) {
            String text = switch (format) {
                case VCF -> VCF_HEADER.replace("\thom\t", "\tSélection郑单\t") + VcfReaderTest.BODY;
                case HAPMAP ->
                    HAPMAP_HEADER.replace("\tone\t", "\tSélection郑单\t")
                            + "s1\tA/G\t1\t1000\t+\tNA\tNA\tNA\tNA\tNA\tNA\tAA\tR\n";
                case TSV -> "sample\tlocus\talleles\tdepths\nS1\tL1\tA\t3\nSélection郑单\tL1\tA\t3\n";
            };
            if (cs.equals(StandardCharsets.ISO_8859_1)) text = text.replace("郑单", "");
            Path f = Files.write(dir.resolve("enc.txt"), text.getBytes(cs));
            InputFormatException e = fails(f, format, panel(format));
            long line = format == GenotypeFiles.Format.VCF ? 4 : format == GenotypeFiles.Format.HAPMAP ? 1 : 3;
            assertEquals(line, e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("line " + line + " is not UTF-8"), e.getMessage());
        }
    }

    @Test
    void utf8SampleNamesReadAsWritten() throws Exception {
        Path f = Files.writeString(
                dir.resolve("u.tsv"), "sample\tlocus\talleles\tdepths\n郑单958\tL1\tA\t3\n", StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        GenotypeFiles.read(f, UPLOAD, GenotypeFiles.Format.TSV, PANEL, sink);
        assertEquals("A|[3]", sink.get("郑单958", 0));
    }

    @Test
    void bedPanelsNameTheUploadedFile() throws Exception {
        Path f = Files.writeString(dir.resolve("p.bed"), "1\t100\t200\tL1\n1\t150\t300\tL2\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> BedReader.read(f, UPLOAD, "p", "1"));
        assertEquals(UPLOAD, e.source());
        assertEquals(2, e.line());
        Path latin = Files.write(dir.resolve("l.bed"), "1\t100\t200\tSél\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(InputFormatException.class, () -> BedReader.read(latin, UPLOAD, "p", "1"))
                .getMessage()
                .contains("line 1 is not UTF-8"));
    }

    @Test
    void formatNamesAreParsedOrRefusedPlainly() throws InputFormatException {
        assertEquals(GenotypeFiles.Format.HAPMAP, GenotypeFiles.parse(" HapMap "));
        assertEquals(GenotypeFiles.Format.VCF, GenotypeFiles.parse("vcf"));
        InputFormatException e = assertThrows(InputFormatException.class, () -> GenotypeFiles.parse("BOGUS"));
        assertTrue(e.getMessage().contains("must be one of [TSV, VCF, HAPMAP], not 'BOGUS'"), e.getMessage());
    }
}
