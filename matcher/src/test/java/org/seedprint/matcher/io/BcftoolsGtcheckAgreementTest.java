package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.engine.Comparison;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

/**
 * On biallelic VCF data with one locus per site, our differing and compared counts are bcftools
 * gtcheck's discordance and sites compared (error probability 0, so plain genotype mismatches).
 * Skipped where bcftools is missing, except in CI (CI set), where .ci/run installs it.
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
