package org.seedprint.matcher.io;

import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFHeader;
import htsjdk.variant.vcf.VCFIterator;
import htsjdk.variant.vcf.VCFIteratorBuilder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * Reads VCF (plain, gzip or bgzip) or BCF in one pass for all samples. Records inside a panel
 * locus form that locus (see {@link LocusAssembler} for the genotype rules); records outside every
 * locus are skipped, FILTER is not looked at. The file must be sorted by position, as bcftools writes
 * it. Text VCF is tokenised from the bytes ({@link VcfText}); htsjdk parses its header, and BCF.
 */
public final class VcfReader {

    private VcfReader() {}

    /** @return the sample ids, in file order */
    public static List<String> read(Path file, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        return read(file, file.toString(), panel, sink);
    }

    /** @param sourceName the name errors give for the file (an upload's name, not a temporary path) */
    public static List<String> read(Path file, String sourceName, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try (InputStream in = new BufferedInputStream(Inputs.open(file), 1 << 16)) {
            in.mark(3);
            boolean bcf;
            try {
                bcf = in.read() == 'B' && in.read() == 'C' && in.read() == 'F';
            } catch (CorruptInputException e) {
                throw new InputFormatException(sourceName, 1, "gzip", e.getMessage());
            }
            in.reset();
            if (bcf) return readBcf(in, sourceName, panel, sink);
            try (ByteLines lines = ByteLines.of(in, sourceName)) {
                return new VcfText(lines, panel, sink).read();
            }
        }
    }

    private static List<String> readBcf(InputStream in, String source, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try (VCFIterator it = new VCFIteratorBuilder().open(in)) {
            VCFHeader header = it.getHeader();
            VariantSites sites = new VariantSites(source, samples(header, source, 0), panel, sink);
            long record = 0;
            while (true) {
                VariantContext vc;
                try {
                    if (!it.hasNext()) break;
                    vc = it.next();
                } catch (RuntimeException e) {
                    throw new InputFormatException(
                            source, 0, "record " + (record + 1), "malformed BCF record: " + causeOf(e));
                }
                sites.add(vc, 0, "record " + ++record);
            }
            if (sites.finish() == 0) throw noGenotypes(source, 0, panel);
            return header.getGenotypeSamples();
        } catch (RuntimeException e) {
            throw new InputFormatException(source, 0, "header", "not a readable BCF file: " + causeOf(e));
        }
    }

    /** The header's sample ids; an error when one appears twice or there are none. */
    static String[] samples(VCFHeader header, String source, long line) throws InputFormatException {
        List<String> ids = header.getGenotypeSamples();
        if (ids.isEmpty())
            throw new InputFormatException(source, line, "#CHROM", "no sample columns: the file has no genotypes");
        Set<String> distinct = new HashSet<>();
        for (String s : ids) {
            if (!distinct.add(s))
                throw new InputFormatException(source, line, "#CHROM", "sample " + s + " appears twice");
        }
        return ids.toArray(String[]::new);
    }

    static InputFormatException noGenotypes(String source, long line, MarkerPanel panel) {
        return new InputFormatException(
                source, line, "", "no genotypes: no record lies inside a locus of panel " + panel);
    }

    /** The message of the deepest cause: htsjdk wraps our decompression errors. */
    private static String causeOf(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return String.valueOf(c.getMessage());
    }
}
