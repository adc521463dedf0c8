package org.seedprint.matcher.io;

import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFCodec;
import htsjdk.variant.vcf.VCFHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * The reference for {@link VcfText}: every record decoded by htsjdk's {@link VCFCodec} into
 * VariantContext and Genotype objects (what the reader did before the byte-level path), the lines
 * split and decoded the same way (at {@code \n}, one {@code \r} dropped, strict UTF-8), and the same
 * assembler. Same input, same profiles, same errors (file and line).
 */
final class HtsjdkVcfReference {

    private HtsjdkVcfReference() {}

    static List<String> read(Path file, String source, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try (InputStream in = Inputs.open(file, 1);
                ByteLines lines = ByteLines.of(in, source)) {
            List<String> header = new ArrayList<>();
            while (lines.next()) {
                String line = lines.text(lines.start(), lines.end());
                header.add(line);
                if (!line.startsWith("##")) break;
            }
            if (header.isEmpty()) throw new InputFormatException(source, 0, "", "the file is empty: no genotypes");
            VCFCodec codec = new VCFCodec();
            VCFHeader h;
            try {
                h = (VCFHeader) codec.readActualHeader(new ListLines(header));
            } catch (RuntimeException e) {
                throw new InputFormatException(source, -1, "header", "not a readable VCF header: " + e.getMessage());
            }
            VariantSites sites = new VariantSites(source, VcfReader.samples(h, source, lines.line()), panel, sink);
            while (lines.next()) {
                byte[] b = lines.bytes();
                if (VcfText.blank(b, lines.start(), lines.end()) || b[lines.start()] == '#') continue;
                String text = lines.text(lines.start(), lines.end());
                VariantContext vc;
                try {
                    vc = codec.decode(text);
                } catch (RuntimeException e) {
                    throw lines.error("record", "malformed VCF record: " + e.getMessage());
                }
                sites.add(vc, lines.line(), "record");
            }
            if (sites.finish() == 0) throw VcfReader.noGenotypes(source, lines.line(), panel);
            return h.getGenotypeSamples();
        }
    }

    private static final class ListLines implements htsjdk.tribble.readers.LineIterator {
        private final List<String> text;
        private int i;

        ListLines(List<String> text) {
            this.text = text;
        }

        @Override
        public boolean hasNext() {
            return i < text.size();
        }

        @Override
        public String next() {
            return text.get(i++);
        }

        @Override
        public String peek() {
            return text.get(i);
        }
    }
}
