package org.seedprint.registry.evidence;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Renders a bilingual (Chinese / English) certificate page and signs it as a PAdES baseline
 * signature: sub-filter ETSI.CAdES.detached, CMS from {@link CmsSigner} with its signature time-stamp.
 * The CJK font is embedded (subset) from a Debian font package.
 */
final class PdfCertificate {

    /** Fonts tried in order; TrueType-outline fonts only, which PDFBox can subset and embed. */
    static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"));

    private PdfCertificate() {}

    /**
     * What the page says.
     *
     * @param issuer       the registry operator, who issues the certificate
     * @param statement    the operator's statement, above the facts
     * @param rows         label and value; values wrap only at spaces, never inside a hash
     * @param instructions the verification steps in short, at the foot
     */
    record Page(
            String title,
            String issuer,
            String statement,
            List<Map.Entry<String, String>> rows,
            List<String> checkpoint,
            List<String> instructions,
            String verifyUrl,
            String annexTitle,
            List<String> annex) {}

    /** Annex lines per page after the first. */
    static final int ANNEX_LINES = 58;

    private static final float LEFT = 50, WIDTH = 495;

    /** A signed PDF; {@code sign} turns the bytes to be signed into a detached CMS signature. */
    static byte[] render(Page page, UnaryOperator<byte[]> sign) throws IOException {
        byte[] unsigned;
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(fontFile().toFile())) {
            PDType0Font font = PDType0Font.load(doc, firstFont(fonts), true);
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            doc.addPage(pdfPage);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(page.title());
            info.setAuthor(page.issuer());
            info.setProducer("SeedPrint registry");
            Flow flow = new Flow(doc, font, page.title(), new PDPageContentStream(doc, pdfPage));
            try {
                PDPageContentStream cs = flow.cs;
                float y = 800;
                y = text(cs, font, 15, LEFT, y, page.title());
                y = text(cs, font, 10, LEFT, y, page.issuer());
                for (String line : wrap(font, 8.5f, page.statement(), WIDTH)) {
                    y = text(cs, font, 8.5f, LEFT, y, line);
                }
                cs.moveTo(LEFT, y + 4);
                cs.lineTo(LEFT + WIDTH, y + 4);
                cs.stroke();
                flow.y = y - 6;
                for (Map.Entry<String, String> row : page.rows()) {
                    flow.line(8, LEFT, row.getKey(), 0);
                    for (String line : wrap(font, 9.5f, row.getValue(), WIDTH - 20)) {
                        flow.line(9.5f, LEFT + 20, line, WIDTH - 20);
                    }
                    flow.y -= 2;
                }
                flow.line(8, LEFT, "检查点（已签名） Signed checkpoint", 0);
                for (String line : page.checkpoint()) {
                    flow.line(7.5f, LEFT + 20, line, WIDTH - 20);
                }
                flow.y -= 4;
                // The verification foot stays whole, above the signature box on the first page.
                flow.room(footHeight(font, page));
                foot(doc, flow.cs, font, page, flow.y);
            } finally {
                flow.cs.close();
            }
            annex(doc, font, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            unsigned = out.toByteArray();
        }
        return SignatureField.sign(unsigned, page.issuer(), sign);
    }

    /**
     * Writes line after line down the pages: on the first page down to the signature box, on a
     * continuation page (named by the title) down to the margin.
     */
    private static final class Flow {
        private final PDDocument doc;
        private final PDType0Font font;
        private final String title;
        PDPageContentStream cs;
        float y;
        private float bottom = SIGNATURE_TOP;
        private int continued;

        Flow(PDDocument doc, PDType0Font font, String title, PDPageContentStream cs) {
            this.doc = doc;
            this.font = font;
            this.title = title;
            this.cs = cs;
        }

        /** A new page when less than {@code height} is left on this one. */
        void room(float height) throws IOException {
            if (y - height >= bottom) return;
            cs.close();
            PDPage next = new PDPage(PDRectangle.A4);
            doc.addPage(next);
            cs = new PDPageContentStream(doc, next);
            bottom = 50;
            y = text(cs, font, 7.5f, LEFT, 800, title + "  (" + "续 continued " + ++continued + ")") - 4;
        }

        /** One line; {@code width} > 0 shrinks it to fit. */
        void line(float size, float x, String s, float width) throws IOException {
            room(size * 1.45f);
            y = width > 0 ? fitted(cs, font, size, x, y, s, width) : text(cs, font, size, x, y, s);
        }
    }

    /** The visible signature box's top on the first page (SignatureField), plus a margin. */
    static final float SIGNATURE_TOP = 92;

    private static final float QR = 115, QR_SPACE = 120;

    /** Height of the "how to verify" block and its QR code. */
    private static float footHeight(PDType0Font font, Page page) throws IOException {
        float h = 8 * 1.45f;
        for (String step : page.instructions())
            h += wrap(font, 7.5f, step, WIDTH - 130).size() * 7.5f * 1.45f;
        return Math.max(h, QR_SPACE);
    }

    /** How to verify, with the QR code of the online check beside it, from {@code y} down. */
    private static void foot(PDDocument doc, PDPageContentStream cs, PDType0Font font, Page page, float y)
            throws IOException {
        float top = y;
        y = text(cs, font, 8, LEFT + 130, y, "核验方法 How to verify");
        for (String step : page.instructions()) {
            for (String line : wrap(font, 7.5f, step, WIDTH - 130)) {
                y = fitted(cs, font, 7.5f, LEFT + 130, y, line, WIDTH - 130);
            }
        }
        var qr = LosslessFactory.createFromImage(doc, qrCode(page.verifyUrl()));
        cs.drawImage(qr, LEFT, top - QR_SPACE, QR, QR);
    }

    /** The annex on as many further pages as it needs, each naming its page. */
    private static void annex(PDDocument doc, PDType0Font font, Page page) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : page.annex()) {
            lines.addAll(wrap(font, 8, l, WIDTH - 10));
        }
        int pages = (lines.size() + ANNEX_LINES - 1) / ANNEX_LINES;
        for (int n = 0; n < pages; n++) {
            PDPage extra = new PDPage(PDRectangle.A4);
            doc.addPage(extra);
            try (PDPageContentStream cs = new PDPageContentStream(doc, extra)) {
                float y = 800;
                y = text(cs, font, 11, LEFT, y, page.annexTitle() + "  (" + (n + 1) + "/" + pages + ")");
                y = text(cs, font, 7.5f, LEFT, y, page.title());
                y -= 4;
                for (String line : lines.subList(n * ANNEX_LINES, Math.min(lines.size(), (n + 1) * ANNEX_LINES))) {
                    y = fitted(cs, font, 8, LEFT + 10, y, line, WIDTH - 10);
                }
            }
        }
    }

    private static TrueTypeFont firstFont(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        fonts.processAllFonts(f -> {
            if (first[0] == null) first[0] = f;
        });
        return first[0];
    }

    static Path fontFile() {
        return FONTS.stream()
                .filter(Files::isReadable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no CJK TrueType font found; install the Debian package fonts-wqy-microhei (looked for " + FONTS
                                + ")"));
    }

    private static float text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
        return y - size * 1.45f;
    }

    /** One line, in a smaller size if it is a single token wider than the line (a hash never wraps). */
    private static float fitted(
            PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s, float width)
            throws IOException {
        float fit = Math.min(size, size * width / Math.max(1, width(font, size, s)));
        text(cs, font, fit, x, y, s);
        return y - size * 1.45f;
    }

    static float width(PDType0Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Breaks text into lines at spaces only, so that no hash, key or URL is cut. */
    static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(font, size, candidate) > width) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    private static BufferedImage qrCode(String url) {
        try {
            BitMatrix m =
                    new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 240, 240, Map.of(EncodeHintType.MARGIN, 1));
            BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < m.getWidth(); x++) {
                for (int y = 0; y < m.getHeight(); y++) {
                    img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return img;
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + url, e);
        }
    }
}
