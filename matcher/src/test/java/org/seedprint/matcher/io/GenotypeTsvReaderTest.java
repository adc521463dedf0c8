package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

class GenotypeTsvReaderTest {

    static final MarkerPanel PANEL = new MarkerPanel(
            "t",
            "1",
            List.of(new Locus("L1", "1", 100, 300), new Locus("L2", "1", 500, 700), new Locus("L3", "2", 0, 200)));

    @TempDir
    Path dir;

    @Test
    void readsHeaderAllelesDepthsAndMissing() throws Exception {
        Path f = write("t.tsv", """
                sample\tlocus\talleles\tdepths
                S1\tL1\tACGT/ACGA\t30/12
                S1\tL2\t.\t.
                # comment
                S2\tL3\tTTT\t.
                """);
        RecordingSink sink = new RecordingSink();
        GenotypeTsvReader.read(f, PANEL, sink);
        assertEquals("ACGT/ACGA|[30, 12]", sink.get("S1", 0));
        assertEquals("", sink.get("S1", 1));
        assertEquals("TTT", sink.get("S2", 2));
        assertNull(sink.get("S2", 0));
    }

    @Test
    void readsGzipWithoutHeaderWhateverTheName() throws Exception {
        Path f = dir.resolve("plain-name.tsv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("S1\tL2\tAC\t7\r\n".getBytes(StandardCharsets.UTF_8));
        }
        RecordingSink sink = new RecordingSink();
        GenotypeTsvReader.read(f, PANEL, sink);
        assertEquals("AC|[7]", sink.get("S1", 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown locus       | S1\\tL9\\tA\\t3                  | 1 | locus",
                "depth count         | S1\\tL1\\tA/C\\t3                | 1 | depths",
                "non-numeric depth   | S1\\tL1\\tA/C\\t3/x              | 1 | depths",
                "negative depth      | S1\\tL1\\tA\\t-1                 | 1 | depths",
                "duplicate allele    | S1\\tL1\\tA/A\\t3/3              | 1 | alleles",
                "duplicate row       | S1\\tL1\\tA\\t3\\nS1\\tL1\\tC\\t4 | 2 | locus",
                "too few columns     | S1\\tL1\\tA                      | 1 | columns",
                "too many columns    | S1\\tL1\\tA\\t3\\tx              | 1 | columns",
                "empty allele        | S1\\tL1\\tA//C\\t.               | 1 | alleles",
                "depth for missing   | S1\\tL1\\t.\\t5                  | 1 | depths"
            })
    void rejectsBadRowsNamingLineAndField(String what, String content, long line, String field) throws IOException {
        Path f = write("bad.tsv", content.replace("\\t", "\t").replace("\\n", "\n") + "\n");
        InputFormatException e =
                assertThrows(InputFormatException.class, () -> GenotypeTsvReader.read(f, PANEL, new RecordingSink()));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    }

    @Test
    void writerOutputReadsBackTheSame() throws Exception {
        StringWriter out = new StringWriter();
        GenotypeTsvWriter w = new GenotypeTsvWriter(PANEL, out);
        w.accept("S1", 0, new String[] {"ACGT", "AGGT"}, new int[] {40, 11});
        w.accept("S1", 1, new String[0], null);
        w.accept("S2", 2, new String[] {"TT"}, null);
        assertEquals(
                "sample\tlocus\talleles\tdepths\nS1\tL1\tACGT/AGGT\t40/11\nS1\tL2\t.\t.\nS2\tL3\tTT\t.\n",
                out.toString());
        RecordingSink sink = new RecordingSink();
        GenotypeTsvReader.read(write("rt.tsv", out.toString()), PANEL, sink);
        assertEquals("ACGT/AGGT|[40, 11]", sink.get("S1", 0));
        assertEquals("", sink.get("S1", 1));
        assertEquals("TT", sink.get("S2", 2));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
