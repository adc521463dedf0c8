package org.seedprint.matcher.io;

import htsjdk.tribble.readers.AsciiLineReader;
import htsjdk.tribble.readers.AsciiLineReaderIterator;
import htsjdk.tribble.readers.PositionalBufferedStream;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.GenotypesContext;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFCodec;
import htsjdk.variant.vcf.VCFHeader;
import htsjdk.variant.vcf.VCFIterator;
import htsjdk.variant.vcf.VCFIteratorBuilder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;
import org.seedprint.matcher.profile.InvalidCallException;

/**
 * Reads VCF (plain, gzip or bgzip) or BCF in one pass for all samples. Records inside a panel
 * locus form that locus (see {@link LocusAssembler} for the genotype rules); records outside every
 * locus are skipped, FILTER is not looked at. The file must be sorted by position, as bcftools writes it.
 */
public final class VcfReader {

    private VcfReader() {}

    /** @return the sample ids, in file order */
    public static List<String> read(Path file, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try (InputStream in = new BufferedInputStream(Inputs.open(file), 1 << 16)) {
            in.mark(3);
            boolean bcf = in.read() == 'B' && in.read() == 'C' && in.read() == 'F';
            in.reset();
            return bcf ? readBcf(file, panel, sink) : readText(in, file.toString(), panel, sink);
        }
    }

    private static List<String> readText(InputStream in, String source, MarkerPanel panel, GenotypeSink sink)
            throws InputFormatException {
        AsciiLineReaderIterator lines =
                new AsciiLineReaderIterator(AsciiLineReader.from(new PositionalBufferedStream(in)));
        VCFCodec codec = new VCFCodec();
        VCFHeader header;
        try {
            header = (VCFHeader) codec.readActualHeader(lines);
        } catch (RuntimeException e) {
            throw new InputFormatException(source, 0, "header", "not a readable VCF header: " + e.getMessage());
        }
        long line = header.getMetaDataInInputOrder().size() + 1L;
        Sites sites = new Sites(source, header, panel, sink);
        while (lines.hasNext()) {
            String text = lines.next();
            line++;
            if (text.isBlank()) continue;
            VariantContext vc;
            try {
                vc = codec.decode(text);
            } catch (RuntimeException e) {
                throw new InputFormatException(source, line, "record", "malformed VCF record: " + e.getMessage());
            }
            sites.add(vc, line, "record");
        }
        sites.finish(line);
        return header.getGenotypeSamples();
    }

    private static List<String> readBcf(Path file, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        String source = file.toString();
        try (VCFIterator it = new VCFIteratorBuilder().open(file)) {
            Sites sites = new Sites(source, it.getHeader(), panel, sink);
            long record = 0;
            while (true) {
                VariantContext vc;
                try {
                    if (!it.hasNext()) break;
                    vc = it.next();
                } catch (RuntimeException e) {
                    throw new InputFormatException(
                            source,
                            0,
                            "record " + (record + 1) + " or the next",
                            "malformed BCF record: " + e.getMessage());
                }
                sites.add(vc, 0, "record " + ++record);
            }
            sites.finish(0);
            return it.getHeader().getGenotypeSamples();
        } catch (RuntimeException e) {
            throw new InputFormatException(source, 0, "header", "not a readable BCF file: " + e.getMessage());
        }
    }

    /** Sends each record inside a locus to the assembler. */
    private static final class Sites {
        final String source;
        final MarkerPanel panel;
        final int samples;
        final LocusAssembler assembler;
        // one SiteCall per distinct call of a record, so that LocusAssembler can reuse results
        private final Map<List<Allele>, SiteCall> phased = new HashMap<>();
        private final Map<List<Allele>, SiteCall> unphased = new HashMap<>();

        Sites(String source, VCFHeader header, MarkerPanel panel, GenotypeSink sink) throws InputFormatException {
            this.source = source;
            this.panel = panel;
            List<String> ids = header.getGenotypeSamples();
            Set<String> distinct = new HashSet<>();
            for (String s : ids) {
                if (!distinct.add(s))
                    throw new InputFormatException(source, 0, "#CHROM", "sample " + s + " appears twice");
            }
            this.samples = ids.size();
            this.assembler = new LocusAssembler(ids.toArray(String[]::new), sink);
        }

        void add(VariantContext vc, long line, String field) throws InputFormatException {
            int locus = panel.findLocus(vc.getContig(), vc.getStart() - 1);
            if (locus < 0) return;
            SiteCall[] calls;
            try {
                calls = calls(vc.getGenotypes());
            } catch (RuntimeException e) {
                throw new InputFormatException(source, line, field, "malformed genotypes: " + e.getMessage());
            }
            boolean added;
            try {
                added = assembler.add(locus, calls);
            } catch (InvalidCallException e) {
                throw new InputFormatException(source, line, e.field(), e.getMessage());
            }
            if (!added) {
                throw new InputFormatException(
                        source,
                        line,
                        field,
                        vc.getContig() + ":" + vc.getStart() + " comes back to locus "
                                + panel.locus(locus).id() + " after other records: sort the file by position");
            }
        }

        void finish(long line) throws InputFormatException {
            try {
                assembler.finish();
            } catch (InvalidCallException e) {
                throw new InputFormatException(source, line, e.field(), e.getMessage());
            }
        }

        private SiteCall[] calls(GenotypesContext genotypes) {
            SiteCall[] calls = new SiteCall[samples];
            phased.clear();
            unphased.clear();
            for (int s = 0; s < samples; s++) {
                Genotype g = genotypes.get(s);
                List<Allele> alleles = g.getAlleles();
                if (alleles.isEmpty()) continue;
                Map<List<Allele>, SiteCall> seen = g.isPhased() ? phased : unphased;
                SiteCall known = seen.get(alleles);
                if (known != null) {
                    calls[s] = known;
                    continue;
                }
                String[] bases = new String[alleles.size()];
                boolean called = true;
                for (int i = 0; i < bases.length && called; i++) {
                    Allele a = alleles.get(i);
                    called = !a.isNoCall();
                    bases[i] = a.getDisplayString();
                }
                if (called) {
                    calls[s] = new SiteCall(bases, g.isPhased());
                    seen.put(alleles, calls[s]);
                }
            }
            return calls;
        }
    }
}
