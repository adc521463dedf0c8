package org.seedprint.matcher.cli;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the start-up cache ({@code ./seedprint matcher} makes it once per jar, with
 * JDK 25's {@code -XX:AOTCacheOutput} or JDK 21's {@code -XX:ArchiveClassesAtExit}): every command
 * on a small synthetic library (bgzipped VCF, TSV, an index), output discarded, so that the classes
 * and profiles of a real run are in the cache.
 */
public final class Training {

    private Training() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("seedprint-training");
        try {
            write(dir);
            String panel = dir.resolve("sites.bed").toString(),
                    vcf = dir.resolve("lib.vcf.gz").toString();
            String index = dir.resolve("lib.idx").toString(),
                    tsv = dir.resolve("q.tsv").toString();
            run("index", "--panel", panel, vcf, "-o", index);
            for (String format : new String[] {"tsv", "json"}) {
                run("match", "--library", index, "--query", vcf, "--top", "5", "--format", format);
                run("match", "--panel", panel, "--library", vcf, "--query", tsv, "--min-similarity", "0.5");
                run("pairs", "--library", index, "--min-similarity", "0", "--format", format);
            }
            run("explain", "--library", index, "S1", "S2");
            run("--version");
            run("match", "--help");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void run(String... args) {
        CommandLine cli = MatcherCli.commandLine();
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        cli.setOut(none);
        cli.setErr(none);
        cli.execute(args);
    }

    /** 200 samples x 300 biallelic sites, one locus per site, and a TSV query. */
    private static void write(Path dir) throws IOException {
        SplittableRandom rnd = new SplittableRandom(7);
        StringBuilder vcf = new StringBuilder("##fileformat=VCFv4.2\n##contig=<ID=1>\n")
                .append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n")
                .append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
        for (int s = 0; s < 200; s++) vcf.append("\tS").append(s);
        vcf.append('\n');
        StringBuilder bed = new StringBuilder(), tsv = new StringBuilder("sample\tlocus\talleles\tdepths\n");
        String[] gt = {"0/0", "0/1", "1/1", "./.", "0|1"};
        for (int i = 0; i < 300; i++) {
            int pos = 100 + 10 * i;
            bed.append("1\t")
                    .append(pos - 1)
                    .append('\t')
                    .append(pos)
                    .append("\tsite")
                    .append(i)
                    .append('\n');
            vcf.append("1\t").append(pos).append("\t.\tA\tG\t.\tPASS\t.\tGT");
            for (int s = 0; s < 200; s++) vcf.append('\t').append(gt[rnd.nextInt(gt.length)]);
            vcf.append('\n');
            tsv.append("Q1\tsite")
                    .append(i)
                    .append('\t')
                    .append(rnd.nextBoolean() ? "A" : "A/G")
                    .append("\t12\n");
        }
        try (OutputStream out =
                new BlockCompressedOutputStream(dir.resolve("lib.vcf.gz").toFile())) {
            out.write(vcf.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("sites.bed"), bed);
        Files.writeString(dir.resolve("q.tsv"), tsv);
    }
}
