package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.matcher.InputFormatException;

/** Naming a format, and errors that name the file as the user knows it, not the path it was read from. */
class GenotypeFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNamedFormatIsReadInAnyCaseAndAnUnknownOneNamesTheAllowedValues() throws Exception {
        assertEquals(GenotypeFiles.Format.VCF, GenotypeFiles.parse(" vcf "));
        assertEquals(GenotypeFiles.Format.HAPMAP, GenotypeFiles.parse("HapMap"));
        InputFormatException e = assertThrows(InputFormatException.class, () -> GenotypeFiles.parse("BOGUS"));
        assertEquals("format", e.field());
        assertTrue(e.getMessage().contains("[TSV, VCF, HAPMAP]"), e.getMessage());
        assertFalse(e.getMessage().contains("GenotypeFiles"), e.getMessage());
    }

    @Test
    void errorsNameTheSourceNameForEveryFormat() throws Exception {
        Path tsv = Files.writeString(dir.resolve("upload-123.part"), "S1\tL1\tA/G\n");
        String header = String.join(
                "\t",
                "rs#",
                "alleles",
                "chrom",
                "pos",
                "strand",
                "assembly#",
                "center",
                "protLSID",
                "assayLSID",
                "panelLSID",
                "QCcode",
                "S1");
        String short11 = String.join("\t", "snp1", "A/G", "1", "150", "+", "NA", "NA", "NA", "NA", "NA", "NA");
        Path hapmap = Files.writeString(dir.resolve("upload-456.part"), header + "\n" + short11 + "\n");
        for (var c : new Object[][] {{tsv, GenotypeFiles.Format.TSV}, {hapmap, GenotypeFiles.Format.HAPMAP}}) {
            Path file = (Path) c[0];
            InputFormatException e = assertThrows(
                    InputFormatException.class,
                    () -> GenotypeFiles.read(
                            file,
                            "lab-batch.txt",
                            (GenotypeFiles.Format) c[1],
                            GenotypeTsvReaderTest.PANEL,
                            new RecordingSink()));
            assertEquals("lab-batch.txt", e.source());
            assertTrue(e.getMessage().startsWith("lab-batch.txt"), e.getMessage());
            assertFalse(e.getMessage().contains(dir.toString()), e.getMessage());
        }
    }
}
