package org.seedprint.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a biallelic VCF for the side-by-side run against {@code bcftools gtcheck}
 * (docs/performance.md): {@code library.vcf} with N inbred-like samples, {@code query.vcf} with Q
 * candidates (each a library sample with 4 % of sites redrawn) and {@code sites.bed} with one locus
 * per site. Structure as in {@link SyntheticLibrary}: 300 founders, samples are two-founder mosaics in
 * segments of 100 sites with 3 % of sites redrawn, 2.5 % derived from an earlier sample; 3 % of
 * calls heterozygous, 2 % missing.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.seedprint.benchmarks.BiallelicVcf DIR [SAMPLES [SITES [SEED [QUERIES]]]]</pre>
 */
public final class BiallelicVcf {

    private static final String[] GT = {"./.", "0/0", "1/1", "0/1"};
    private static final int FOUNDERS = 300;
    private static final int SEGMENT = 100;

    private BiallelicVcf() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int m = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        int q = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] alt = new double[m];
        for (int s = 0; s < m; s++) alt[s] = 0.1 + 0.4 * rnd.nextDouble();
        byte[][] founders = new byte[FOUNDERS][m];
        for (byte[] f : founders) for (int s = 0; s < m; s++) f[s] = draw(rnd, alt[s]);
        byte[][] samples = new byte[n][m];
        for (int i = 0; i < n; i++) {
            double r = rnd.nextDouble();
            if (i > 10 && r < 0.025) {
                byte[] parent = samples[rnd.nextInt(i)];
                for (int s = 0; s < m; s++) samples[i][s] = rnd.nextDouble() < 0.04 ? draw(rnd, alt[s]) : parent[s];
            } else {
                byte[] a = founders[rnd.nextInt(FOUNDERS)], b = founders[rnd.nextInt(FOUNDERS)];
                for (int s = 0; s < m; s++) {
                    samples[i][s] =
                            rnd.nextDouble() < 0.03 ? draw(rnd, alt[s]) : (((s / SEGMENT) + i) % 2 == 0 ? a : b)[s];
                }
            }
            for (int s = 0; s < m; s++) if (rnd.nextDouble() < 0.02) samples[i][s] = 0;
        }
        byte[][] candidates = new byte[q][];
        for (int k = 0; k < q; k++) {
            candidates[k] = samples[(n / 2 + k * 97) % n].clone();
            for (int s = 0; s < m; s++) if (rnd.nextDouble() < 0.04) candidates[k][s] = draw(rnd, alt[s]);
        }

        write(dir.resolve("library.vcf"), m, n, i -> "S" + i, (i, s) -> samples[i][s]);
        write(dir.resolve("query.vcf"), m, q, k -> "candidate" + k, (k, s) -> candidates[k][s]);
        try (BufferedWriter bed = Files.newBufferedWriter(dir.resolve("sites.bed"))) {
            for (int s = 0; s < m; s++) bed.write("1\t" + (pos(s) - 1) + "\t" + pos(s) + "\tsite" + s + "\n");
        }
    }

    private interface Calls {
        byte at(int sample, int site);
    }

    private static void write(Path file, int m, int n, java.util.function.IntFunction<String> id, Calls calls)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.US_ASCII)) {
            w.write("##fileformat=VCFv4.2\n##contig=<ID=1,length=" + (pos(m) + 1) + ">\n");
            w.write("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
            w.write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
            for (int i = 0; i < n; i++) w.write("\t" + id.apply(i));
            w.write('\n');
            StringBuilder line = new StringBuilder(4 * n + 64);
            for (int s = 0; s < m; s++) {
                line.setLength(0);
                line.append("1\t").append(pos(s)).append("\tsite").append(s).append("\tA\tG\t.\tPASS\t.\tGT");
                for (int i = 0; i < n; i++) line.append('\t').append(GT[calls.at(i, s)]);
                w.append(line).append('\n');
            }
        }
    }

    private static int pos(int site) {
        return 1_000 + site * 1_000;
    }

    /** An inbred-like call: homozygous REF or ALT by the site's ALT frequency, 3 % heterozygous. */
    private static byte draw(SplittableRandom rnd, double alt) {
        if (rnd.nextDouble() < 0.03) return 3;
        return rnd.nextDouble() < alt ? (byte) 2 : 1;
    }
}
