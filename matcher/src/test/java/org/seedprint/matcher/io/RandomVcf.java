package org.seedprint.matcher.io;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

/**
 * Valid VCFs with what real files hold: two chromosomes, loci of one to three sites (and sites
 * outside every locus), multi-allelic and indel sites, haploid to triploid calls, phased and
 * unphased, no-calls and half calls, extra FORMAT fields, lower-case bases, symbolic and {@code *}
 * alleles. The panel's loci are 100 bp windows; sites lie 30 bp apart, so most loci get several.
 */
record RandomVcf(String text, MarkerPanel panel) {

    static RandomVcf make(long seed, int samples, int sites) {
        Random rnd = new Random(seed);
        StringBuilder v = new StringBuilder("##fileformat=VCFv4.2\n##contig=<ID=1>\n##contig=<ID=2>\n")
                .append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n")
                .append("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n")
                .append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
        for (int s = 0; s < samples; s++) v.append("\tS").append(s);
        v.append('\n');
        List<Locus> loci = new ArrayList<>();
        for (String chrom : new String[] {"1", "2"}) {
            for (int w = 0; w < sites * 30 / 200 + 1; w++) {
                if (w % 3 != 2) loci.add(new Locus(chrom + "_" + w, chrom, w * 200, w * 200 + 100));
            }
            for (int i = 0; i < sites / 2; i++) {
                int pos = 1 + i * 30;
                String[] alleles = alleles(rnd);
                boolean extra = rnd.nextInt(4) == 0;
                v.append(chrom)
                        .append('\t')
                        .append(pos)
                        .append("\t.\t")
                        .append(alleles[0])
                        .append('\t');
                v.append(
                        alleles.length == 1
                                ? "."
                                : String.join(",", List.of(alleles).subList(1, alleles.length)));
                v.append("\t50\tPASS\t.\t").append(extra ? "GT:DP" : "GT");
                for (int s = 0; s < samples; s++) {
                    v.append('\t').append(call(rnd, alleles.length));
                    if (extra && rnd.nextInt(5) > 0) v.append(':').append(rnd.nextInt(40));
                }
                v.append('\n');
            }
        }
        return new RandomVcf(v.toString(), new MarkerPanel("random", "1", loci));
    }

    private static String[] alleles(Random rnd) {
        String[] bases = {"A", "C", "G", "T"};
        int r = rnd.nextInt(20);
        String ref = bases[rnd.nextInt(4)];
        if (r == 0) return new String[] {ref};
        if (r == 1) return new String[] {ref.toLowerCase(Locale.ROOT), other(ref, rnd)};
        if (r == 2) return new String[] {ref, ref + "T", "<DEL>"};
        if (r == 3) return new String[] {ref, "*"};
        if (r < 7) return new String[] {ref, other(ref, rnd), ref + "GA"};
        return new String[] {ref, other(ref, rnd)};
    }

    private static String other(String ref, Random rnd) {
        String[] bases = {"A", "C", "G", "T"};
        String b;
        do b = bases[rnd.nextInt(4)];
        while (b.equals(ref));
        return b;
    }

    private static String call(Random rnd, int alleles) {
        int r = rnd.nextInt(100);
        if (r < 3) return "./.";
        if (r < 5) return "0/.";
        if (r < 6) return ".";
        int ploidy = r < 8 ? 1 : (r < 10 ? 3 : 2);
        String sep = rnd.nextInt(3) == 0 ? "|" : "/";
        StringBuilder c = new StringBuilder();
        for (int k = 0; k < ploidy; k++) {
            if (k > 0) c.append(sep);
            c.append(rnd.nextInt(4) == 0 ? rnd.nextInt(alleles) : 0);
        }
        return c.toString();
    }

    Path plain(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    Path bgzip(Path dir, String name) throws IOException {
        return bgzip(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    static Path bgzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new BlockCompressedOutputStream(file.toFile())) {
            out.write(content);
        }
        return file;
    }

    static Path gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }
}
