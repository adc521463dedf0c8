package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.variantcontext.writer.Options;
import htsjdk.variant.variantcontext.writer.VariantContextWriter;
import htsjdk.variant.variantcontext.writer.VariantContextWriterBuilder;
import htsjdk.variant.vcf.VCFFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

class VcfReaderTest {

    // L1 = positions 101..200 (1-based), L2 = 301..400, L3 = 501..600 with a two-base ALT
    static final MarkerPanel PANEL = new MarkerPanel(
            "t",
            "1",
            List.of(new Locus("L1", "1", 100, 200), new Locus("L2", "1", 300, 400), new Locus("L3", "1", 500, 600)));

    static final String HEADER = """
            ##fileformat=VCFv4.2
            ##contig=<ID=1,length=10000>
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\thom\thet1\thet2\tphased\tnocall
            """;

    // Five samples: all homozygous; one het site; two unphased hets; two phased hets; a no-call.
    static final String BODY = """
            1\t50\t.\tG\tA\t.\tPASS\t.\tGT\t1/1\t0/1\t0/1\t0|1\t0/0
            1\t110\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t1/0\t1|0\t0/0
            1\t150\t.\tC\tT\t.\tPASS\t.\tGT\t1/1\t1/0\t0/1\t0|1\t./.
            1\t160\t.\tG\tC\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0|0\t0/0
            1\t350\t.\tT\tC,G\t.\tPASS\t.\tGT\t2/2\t1/2\t1/1\t2|1\t0/.
            1\t550\t.\tA\tAT\t.\tPASS\t.\tGT\t1/1\t0/0\t0/1\t0|0\t0/0
            1\t555\t.\tC\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/1\t1|1\t0/0
            """;

    @TempDir
    Path dir;

    @Test
    void locusGenotypesFollowTheDocumentedRules() throws Exception {
        Path f = Files.writeString(dir.resolve("t.vcf"), HEADER + BODY);
        RecordingSink sink = new RecordingSink();
        assertEquals(List.of("hom", "het1", "het2", "phased", "nocall"), VcfReader.read(f, PANEL, sink));
        // L1: sites 110, 150, 160 (site 50 lies outside every locus)
        assertEquals("ATG", sink.get("hom", 0));
        assertEquals("ACG/ATG", sink.get("het1", 0));
        assertEquals("A,G;C,T;G,G", sink.get("het2", 0));
        assertEquals("ATG/GCG", sink.get("phased", 0));
        assertEquals("", sink.get("nocall", 0));
        // L2: one multi-allelic site; a half call is a no-call
        assertEquals("G", sink.get("hom", 1));
        assertEquals("C/G", sink.get("het1", 1));
        assertEquals("C", sink.get("het2", 1));
        assertEquals("C/G", sink.get("phased", 1));
        assertEquals("", sink.get("nocall", 1));
        // L3: a sample with a multi-base allele has its sites colon-separated, so haplotypes stay unambiguous
        assertEquals("AT:C", sink.get("hom", 2));
        assertEquals("AC", sink.get("het1", 2));
        assertEquals("A,AT;C,G", sink.get("het2", 2));
        assertEquals("AG", sink.get("phased", 2));
    }

    @Test
    void readsBgzipAndGivesTheSameGenotypes() throws Exception {
        Path gz = dir.resolve("t.vcf.gz");
        try (BlockCompressedOutputStream out = new BlockCompressedOutputStream(gz.toFile())) {
            out.write((HEADER + BODY).getBytes(StandardCharsets.UTF_8));
        }
        RecordingSink plain = new RecordingSink(), compressed = new RecordingSink();
        VcfReader.read(Files.writeString(dir.resolve("t.vcf"), HEADER + BODY), PANEL, plain);
        VcfReader.read(gz, PANEL, compressed);
        assertEquals(plain.calls, compressed.calls);
    }

    @Test
    void readsBcfWrittenByHtsjdkAndGivesTheSameGenotypes() throws Exception {
        Path vcf = Files.writeString(dir.resolve("t.vcf"), HEADER + BODY);
        Path bcf = dir.resolve("t.bcf");
        try (VCFFileReader in = new VCFFileReader(vcf, false);
                VariantContextWriter out = new VariantContextWriterBuilder()
                        .setOutputPath(bcf)
                        .setOutputFileType(VariantContextWriterBuilder.OutputType.BCF)
                        .unsetOption(Options.INDEX_ON_THE_FLY)
                        .build()) {
            out.writeHeader(in.getHeader());
            for (VariantContext vc : in) out.add(vc);
        }
        RecordingSink fromVcf = new RecordingSink(), fromBcf = new RecordingSink();
        VcfReader.read(vcf, PANEL, fromVcf);
        VcfReader.read(bcf, PANEL, fromBcf);
        assertEquals(fromVcf.calls, fromBcf.calls);
        assertEquals("A,G;C,T;G,G", fromBcf.get("het2", 0));
    }

    @Test
    void lociWithoutSitesAreNotDelivered() throws Exception {
        Path f = Files.writeString(
                dir.resolve("t.vcf"), HEADER + "1\t120\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/1\t1/1\t0|1\t./.\n");
        RecordingSink sink = new RecordingSink();
        VcfReader.read(f, PANEL, sink);
        assertNull(sink.get("hom", 1));
        assertEquals("A/G", sink.get("het1", 0));
    }

    @Test
    void sitesComingBackToAFinishedLocusAreAnError() throws IOException {
        Path f = Files.writeString(
                dir.resolve("u.vcf"),
                HEADER
                        + "1\t120\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n"
                        + "1\t320\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n"
                        + "1\t130\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n");
        InputFormatException e =
                assertThrows(InputFormatException.class, () -> VcfReader.read(f, PANEL, new RecordingSink()));
        assertEquals(7, e.line(), e.getMessage());
    }

    @Test
    void malformedRecordNamesItsLine() throws IOException {
        Path f = Files.writeString(
                dir.resolve("m.vcf"),
                HEADER
                        + "1\t120\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n"
                        + "1\tpos\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n");
        InputFormatException e =
                assertThrows(InputFormatException.class, () -> VcfReader.read(f, PANEL, new RecordingSink()));
        assertEquals(6, e.line(), e.getMessage());
    }
}
