package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.matcher.cli.MatcherCli;
import org.seedprint.matcher.engine.Comparison;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;
import picocli.CommandLine;

/**
 * On biallelic VCF data with one locus per site, our differing and compared counts are bcftools
 * gtcheck's discordance and sites compared (error probability 0, so plain genotype mismatches).
 * Checked on the real maize VCF (every pair, through the reader and the engine) and on a synthetic
 * bgzipped file through the whole CLI. Skipped where bcftools is missing, except in CI (CI set),
 * where .ci/run installs it.
 */
class BcftoolsGtcheckAgreementTest {

    static final Path VCF = Path.of("../data/maize282/maize_chr9_10thin40000.recode.vcf");

    @Test
    void discordanceAndComparedSitesEqualBcftoolsGtcheck() throws Exception {
        assumeTrue(System.getenv("CI") != null || Bcftools.available(), "bcftools not installed");
        MarkerPanel panel = sitePanel(VCF);
        assertEquals(443, panel.size(), "biallelic sites (gtcheck skips the 50 monoallelic ones)");
        LibraryBuilder builder = new LibraryBuilder(panel);
        VcfReader.read(VCF, panel, builder);
        Library lib = builder.build();
        assertEquals(189, lib.size());

        List<Bcftools.Discordance> rows = Bcftools.gtcheck(VCF);
        assertEquals(189 * 188 / 2, rows.size(), "gtcheck reports every pair");
        int pairsWithDifferences = 0;
        try (Engine engine = new Engine(lib, Kernels.best(), 1)) {
            for (Bcftools.Discordance row : rows) {
                int a = lib.indexOf(row.query()), b = lib.indexOf(row.genotyped());
                assertTrue(a >= 0 && b >= 0, row.toString());
                Comparison c = engine.compare(a, b);
                assertEquals(row.sitesCompared(), c.compared(), () -> "compared " + row);
                assertEquals(row.discordance(), c.differing(), () -> "discordance " + row);
                if (c.differing() > 0) pairsWithDifferences++;
            }
        }
        assertTrue(pairsWithDifferences > 17_000, "the comparison must not be vacuous: " + pairsWithDifferences);
    }

    /**
     * A small synthetic bgzipped VCF of related lines (120 samples x 300 sites: 20 founders, mosaics,
     * near-copies, 3 % heterozygous, 2 % missing) through the whole CLI: {@code pairs --min-similarity 0}
     * on the fast reader prints every pair, and each has bcftools' counts.
     */
    @Test
    void everyPairTheCliWritesHasBcftoolsCountsOnASyntheticFile(@TempDir Path dir) throws Exception {
        assumeTrue(System.getenv("CI") != null || Bcftools.available(), "bcftools not installed");
        Path vcf =
                RandomVcf.bgzip(dir.resolve("related.vcf.gz"), related(120, 300).getBytes(StandardCharsets.UTF_8));
        Path bed = dir.resolve("sites.bed");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300; i++)
            b.append("1\t")
                    .append(99 + 10 * i)
                    .append('\t')
                    .append(100 + 10 * i)
                    .append("\ts")
                    .append(i)
                    .append('\n');
        Files.writeString(bed, b);
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = MatcherCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit =
                cli.execute("pairs", "--panel", bed.toString(), "--library", vcf.toString(), "--min-similarity", "0");
        assertEquals(0, exit, err.toString());
        Map<String, int[]> ours = new HashMap<>();
        for (String line : out.toString().lines().skip(1).toList()) {
            String[] f = line.split("\t");
            int[] counts = {Integer.parseInt(f[4]), Integer.parseInt(f[2])};
            ours.put(f[0] + " " + f[1], counts);
            ours.put(f[1] + " " + f[0], counts);
        }
        assertEquals(120 * 119, ours.size(), "every pair once");
        List<Bcftools.Discordance> rows = Bcftools.gtcheck(vcf);
        assertEquals(120 * 119 / 2, rows.size());
        int differing = 0;
        for (Bcftools.Discordance row : rows) {
            int[] c = ours.get(row.query() + " " + row.genotyped());
            assertTrue(c != null, row.toString());
            assertEquals(row.discordance(), c[0], () -> "discordance " + row);
            assertEquals(row.sitesCompared(), c[1], () -> "compared " + row);
            if (c[0] > 0) differing++;
        }
        assertTrue(differing > 6_000, "not vacuous: " + differing);
    }

    /** Biallelic diploid lines with relatives, as benchmarks' BiallelicVcf makes them, small. */
    static String related(int n, int m) {
        Random rnd = new Random(42);
        StringBuilder v = new StringBuilder("##fileformat=VCFv4.2\n##contig=<ID=1>\n")
                .append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n")
                .append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT");
        for (int i = 0; i < n; i++) v.append("\tS").append(i);
        v.append('\n');
        int[][] founders = new int[20][m];
        for (int[] f : founders) for (int s = 0; s < m; s++) f[s] = rnd.nextInt(3) == 0 ? 2 : 1;
        int[][] g = new int[n][m];
        for (int i = 0; i < n; i++) {
            int[] a = founders[rnd.nextInt(20)],
                    c = i > 5 && rnd.nextInt(5) == 0 ? g[rnd.nextInt(i)] : founders[rnd.nextInt(20)];
            for (int s = 0; s < m; s++) {
                g[i][s] = (s / 50 + i) % 2 == 0 ? a[s] : c[s];
                if (rnd.nextInt(33) == 0) g[i][s] = 3;
                if (rnd.nextInt(50) == 0) g[i][s] = 0;
            }
        }
        String[] gt = {"./.", "0/0", "1/1", "0/1"};
        for (int s = 0; s < m; s++) {
            v.append("1\t").append(100 + 10 * s).append("\t.\tA\tG\t.\tPASS\t.\tGT");
            for (int i = 0; i < n; i++) v.append('\t').append(gt[g[i][s]]);
            v.append('\n');
        }
        return v.toString();
    }

    /** One locus per biallelic site (ALT not '.'), as gtcheck compares them. */
    static MarkerPanel sitePanel(Path vcf) throws IOException {
        List<Locus> loci = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(vcf)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t", 6);
                if (f[4].equals(".")) continue;
                int pos = Integer.parseInt(f[1]);
                loci.add(new Locus(f[0] + ":" + pos, f[0], pos - 1, pos));
            }
        }
        return new MarkerPanel("sites", "1", loci);
    }
}
