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
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

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

    private static final int SIGNATURE_SIZE = 16_384;

    private PdfCertificate() {}

    /** A signed PDF; {@code sign} turns the bytes to be signed into a detached CMS signature. */
    static byte[] render(
            String title,
            List<Map.Entry<String, String>> rows,
            List<String> checkpoint,
            String verifyUrl,
            UnaryOperator<byte[]> sign)
            throws IOException {
        byte[] unsigned;
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(fontFile().toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            fonts.processAllFonts(f -> {
                if (first[0] == null) first[0] = f;
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("SeedPrint registry");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 790;
                y = text(cs, font, 15, 50, y, title);
                y -= 10;
                for (Map.Entry<String, String> row : rows) {
                    y = text(cs, font, 9, 50, y, row.getKey());
                    for (String line : wrap(row.getValue(), 78)) {
                        y = text(cs, font, 10, 70, y, line);
                    }
                    y -= 4;
                }
                y = text(cs, font, 9, 50, y, "检查点（已签名） Signed checkpoint");
                for (String line : checkpoint) {
                    for (String part : wrap(line, 96)) {
                        y = text(cs, font, 8, 70, y, part);
                    }
                }
                y -= 6;
                y = text(cs, font, 9, 50, y, "在线核验 Verify online: " + verifyUrl);
                var qr = LosslessFactory.createFromImage(doc, qrCode(verifyUrl));
                cs.drawImage(qr, 50, Math.max(40, y - 130), 120, 120);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            unsigned = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName("SeedPrint Certificate Signer");
            signature.setReason("SeedPrint evidence certificate / 保藏证据证书");
            signature.setSignDate(Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            doc.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] cms = sign.apply(external.getContent().readAllBytes());
            external.setSignature(cms);
            options.close();
            return out.toByteArray();
        }
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

    private static List<String> wrap(String s, int width) {
        List<String> out = new ArrayList<>();
        for (String line : s.split("\n")) {
            int i = 0;
            do {
                int end = Math.min(line.length(), i + width);
                out.add(line.substring(i, end));
                i = end;
            } while (i < line.length());
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
