package org.seedprint.matcher.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.InputFormatException;

class BedReaderTest {

    private static MarkerPanel read(String bed) throws Exception {
        return BedReader.read(new ByteArrayInputStream(bed.getBytes(StandardCharsets.UTF_8)), "panel.bed", "p", "1");
    }

    @Test
    void readsLociInOrderAndFindsPositions() throws Exception {
        MarkerPanel p = read("# comment\nchr1\t100\t250\tM1\nchr1\t300\t420\tM2\nchr2\t5\t180\tM3\n");
        assertEquals(3, p.size());
        assertEquals(new Locus("M2", "chr1", 300, 420), p.locus(1));
        assertEquals(2, p.indexOf("M3"));
        assertEquals(-1, p.indexOf("nope"));
        assertEquals(0, p.findLocus("chr1", 100));
        assertEquals(-1, p.findLocus("chr1", 250), "end is exclusive");
        assertEquals(1, p.findLocus("chr1", 419));
        assertEquals(2, p.findLocus("chr2", 5));
        assertEquals(-1, p.findLocus("chr3", 5));
    }

    @Test
    void errorsNameLineAndField() {
        assertError("chr1\t100\t250\tM1\nchr1\t300\t420\tM1\n", 2, "name", "duplicate locus id M1");
        assertError("chr1\t100\t250\tM1\nchr1\t200\t420\tM2\n", 2, "start", "overlaps M1");
        assertError("chr1\t300\t420\tM1\nchr1\t100\t250\tM2\n", 2, "start", "unsorted");
        assertError("chr1\t100\t250\tM1\nchr2\t1\t50\tM2\nchr1\t500\t600\tM3\n", 3, "chrom", "unsorted");
        assertError("chr1\t100\t100\tM1\n", 1, "end", "greater than start");
        assertError("chr1\tx\t100\tM1\n", 1, "start", "not a whole number");
        assertError("chr1\t-5\t100\tM1\n", 1, "start", "negative");
        assertError("chr1\t1\t100\n", 1, "name", "at least 4");
        assertError("", 0, "", "no loci");
    }

    private static void assertError(String bed, long line, String field, String text) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(bed));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertTrue(e.getMessage().startsWith("panel.bed"), e.getMessage());
    }
}
