package org.seedprint.benchmarks;

import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.variantcontext.writer.Options;
import htsjdk.variant.variantcontext.writer.VariantContextWriter;
import htsjdk.variant.variantcontext.writer.VariantContextWriterBuilder;
import htsjdk.variant.vcf.VCFFileReader;
import java.nio.file.Path;

/**
 * A VCF rewritten as BCF by htsjdk (BCF 2.1, the version htsjdk reads; bcftools writes 2.2), for
 * {@link ReaderThroughput}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.seedprint.benchmarks.WriteBcf IN.vcf.gz OUT.bcf</pre>
 */
public final class WriteBcf {

    private WriteBcf() {}

    public static void main(String[] args) {
        try (VCFFileReader in = new VCFFileReader(Path.of(args[0]), false);
                VariantContextWriter out = new VariantContextWriterBuilder()
                        .setOutputPath(Path.of(args[1]))
                        .setOutputFileType(VariantContextWriterBuilder.OutputType.BCF)
                        .unsetOption(Options.INDEX_ON_THE_FLY)
                        .build()) {
            out.writeHeader(in.getHeader());
            for (VariantContext vc : in) out.add(vc);
        }
    }
}
