package org.seedprint.registry.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The PAdES signature of a certificate page, in a visible signature field at the foot of the
 * page (a framed box naming the signer), as PDFBox's visual-signature template expects it.
 */
final class SignatureField {

    private static final int SIGNATURE_SIZE = 16_384;
    private static final PDRectangle BOX = new PDRectangle(345, 40, 200, 46);

    private SignatureField() {}

    static byte[] sign(byte[] unsigned, String issuer, UnaryOperator<byte[]> sign) throws IOException {
        try (PDDocument doc = Loader.loadPDF(unsigned);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName("SeedPrint Certificate Signer");
            signature.setReason("SeedPrint evidence certificate / 保藏证据证书");
            signature.setSignDate(Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            options.setVisualSignature(template(doc.getPage(0).getMediaBox(), issuer));
            options.setPage(0);
            doc.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(sign.apply(external.getContent().readAllBytes()));
            return out.toByteArray();
        }
    }

    /** A one-page document holding only the signature field and its appearance. */
    private static ByteArrayInputStream template(PDRectangle media, String issuer) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(media);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(BOX);
            widget.setPrinted(true);
            PDAppearanceStream appearance = new PDAppearanceStream(doc);
            appearance.setResources(new PDResources());
            appearance.setBBox(new PDRectangle(BOX.getWidth(), BOX.getHeight()));
            try (PDPageContentStream cs = new PDPageContentStream(doc, appearance)) {
                cs.setLineWidth(0.8f);
                cs.addRect(0.5f, 0.5f, BOX.getWidth() - 1, BOX.getHeight() - 1);
                cs.stroke();
                PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                float y = BOX.getHeight() - 12;
                for (String line :
                        List.of("Digitally signed (PAdES) by", "SeedPrint Certificate Signer", ascii(issuer))) {
                    cs.beginText();
                    cs.setFont(helvetica, 8);
                    cs.newLineAtOffset(6, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 11;
                }
            }
            PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
            dictionary.setNormalAppearance(appearance);
            widget.setAppearance(dictionary);
            page.getAnnotations().add(widget);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** The appearance uses a standard font (WinAnsi); the page itself names the issuer in full. */
    private static String ascii(String s) {
        String a = s.replaceAll("[^\\x20-\\x7E]", "").trim();
        return a.length() > 48 ? a.substring(0, 48) : a;
    }
}
