package org.seedprint.registry.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verification foot (how to verify, and the QR code of the online check) stays whole on a
 * page, above the visible signature box, however many rows the first page has.
 */
class PdfCertificateTest {

    private static final String URL = "https://registry.test.example/verify?report=42";

    @Test
    void aShortPageKeepsItsFootOnThePageAndALongOneMovesItToAPageOfItsOwn(@TempDir Path dir) throws Exception {
        for (int rows : new int[] {3, 12, 24, 40, 90}) {
            byte[] pdf = PdfCertificate.render(page(rows), bytes -> new byte[64]);
            Path file = Files.write(dir.resolve("rows-" + rows + ".pdf"), pdf);
            assertThat(Tools.run(
                                    dir,
                                    "pdftoppm",
                                    "-png",
                                    "-r",
                                    "150",
                                    file.toString(),
                                    dir.resolve("p" + rows).toString())
                            .ok())
                    .isTrue();
            assertThat(Tools.qrCodes(dir, "p" + rows + "-")).as("%d rows", rows).contains(URL);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(lowestGlyphOnTheFirstPage(doc))
                        .as("%d rows: no line of the first page runs under the signature box", rows)
                        .isGreaterThanOrEqualTo(PdfCertificate.SIGNATURE_TOP - 4);
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).as("%d rows: every row is printed", rows).contains("value " + (rows - 1) + " of");
                assertThat(text).contains("FOOT-END");
            }
        }
    }

    private static PdfCertificate.Page page(int rows) {
        List<Map.Entry<String, String>> facts = new ArrayList<>();
        for (int i = 0; i < rows; i++) facts.add(Map.entry("行 Row " + i, "value " + i + " of the comparison"));
        return new PdfCertificate.Page(
                "DNA 指纹比对报告  DNA Fingerprint Comparison Report",
                "签发机构 Issued by: test",
                "statement",
                facts,
                List.of("seedprint.test/log", "3", "abc"),
                List.of("1. step one of the checks", "2. step two", "3. 在线核验 Online: " + URL, "FOOT-END"),
                URL,
                "附表 Annex",
                List.of());
    }

    /** Height above the bottom of the first page's lowest line of text (the signature box's own text aside). */
    private static float lowestGlyphOnTheFirstPage(PDDocument doc) throws Exception {
        float[] y = {Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                for (TextPosition g : glyphs) y[0] = Math.min(y[0], g.getPageHeight() - g.getYDirAdj());
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(doc);
        return y[0];
    }
}
