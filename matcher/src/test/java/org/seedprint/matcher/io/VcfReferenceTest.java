package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.matcher.panel.MarkerPanel;

/**
 * The byte-level VCF reader against htsjdk's decoding ({@link HtsjdkVcfReference}) on every VCF the
 * tests use, plain, gzip and bgzip: identical calls for every sample and locus, or errors at the same
 * file and line.
 */
class VcfReferenceTest {

    static final String H = VcfReaderTest.HEADER;
    static final String R = "1\t120\t.\tA\tG\t.\tPASS\t.\tGT";

    @TempDir
    Path dir;

    /** Files that must read, and files that must fail, each with its panel. */
    static Map<String, Case> cases() throws Exception {
        Map<String, Case> c = new LinkedHashMap<>();
        MarkerPanel p = VcfReaderTest.PANEL;
        c.put("documented rules", new Case(H + VcfReaderTest.BODY, p));
        c.put("no site in any locus", new Case(H + "1\t50\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/1\t1/1\t0|1\t./.\n", p));
        c.put("bad POS", new Case(H + "1\tpos\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/0\t0/0\t0/0\t0/0\n", p));
        c.put("allele index out of range", new Case(H + R + "\t0/0\t0/2\t0/0\t0/0\t0/0\n", p));
        c.put("not a genotype", new Case(H + R + "\t0/0\t0/x\t0/0\t0/0\t0/0\n", p));
        c.put("too few samples", new Case(H + R + "\t0/0\t0/1\t0/0\t0/0\n", p));
        // htsjdk drops a column past the header's samples; we refuse the line
        c.put("too many samples", new Case(H + R + "\t0/0\t0/1\t0/0\t0/0\t0/0\t1/1\n", p, true));
        c.put(
                "GT not first",
                new Case(H + "1\t120\t.\tA\tG\t.\tPASS\t.\tDP:GT\t3:0/0\t3:0/1\t3:0/0\t3:0/0\t3:0/0\n", p));
        c.put("no GT", new Case(H + "1\t120\t.\tA\tG\t.\tPASS\t.\tDP\t3\t3\t3\t3\t3\n", p));
        c.put("too many values", new Case(H + R + "\t0/0:3\t0/1\t0/0\t0/0\t0/0\n", p));
        c.put("duplicate allele", new Case(H + "1\t120\t.\tA\tA\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n", p));
        c.put("bad base", new Case(H + "1\t120\t.\tA\tX\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n", p));
        c.put("empty ID", new Case(H + "1\t120\t\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n", p));
        c.put(
                "lower-case, symbolic, star, haploid, empty GT pieces",
                new Case(H + "1\t120\t.\ta\tc,<DEL>,*\t.\tPASS\t.\tGT\t0\t1/2\t3|0\t0//1\t.|.\n", p));
        c.put(
                "unsorted inside a locus",
                new Case(
                        H + "1\t150\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n"
                                + "1\t110\t.\tC\tT\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n",
                        p));
        c.put(
                "loci out of order",
                new Case(
                        H + "1\t320\t.\tA\tG\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n"
                                + "1\t120\t.\tC\tT\t.\tPASS\t.\tGT\t0/0\t0/1\t0/0\t0/0\t0/0\n",
                        p));
        c.put("header only", new Case(H, p));
        c.put("body comment and blank line", new Case(H + "#x\n\n" + VcfReaderTest.BODY, p));
        c.put("CRLF", new Case((H + VcfReaderTest.BODY).replace("\n", "\r\n"), p));
        for (long seed = 1; seed <= 12; seed++) {
            RandomVcf v = RandomVcf.make(seed, 1 + (int) seed * 7, 40 + (int) seed * 10);
            c.put("random " + seed, new Case(v.text(), v.panel()));
        }
        Path maize = BcftoolsGtcheckAgreementTest.VCF;
        c.put("maize chr9 sites", new Case(Files.readString(maize), BcftoolsGtcheckAgreementTest.sitePanel(maize)));
        return c;
    }

    /** @param stricter the file is malformed, htsjdk passes it, and the fast reader refuses it */
    record Case(String text, MarkerPanel panel, boolean stricter) {
        Case(String text, MarkerPanel panel) {
            this(text, panel, false);
        }
    }

    @Test
    void fastReaderGivesHtsjdksProfilesAndErrorsOnEveryTestFile() throws Exception {
        int reads = 0, fails = 0;
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, Case> e : cases().entrySet()) {
            byte[] bytes = e.getValue().text().getBytes(StandardCharsets.UTF_8);
            MarkerPanel panel = e.getValue().panel();
            Path[] files = {
                Files.write(dir.resolve("plain.vcf"), bytes),
                RandomVcf.gzip(dir.resolve("gzip.vcf.gz"), bytes),
                RandomVcf.bgzip(dir.resolve("bgzip.vcf.gz"), bytes)
            };
            for (Path f : files) {
                Outcome fast = Outcome.of(sink -> VcfReader.read(f, "upload.vcf", panel, sink));
                Outcome reference = Outcome.of(sink -> HtsjdkVcfReference.read(f, "upload.vcf", panel, sink));
                boolean agree = e.getValue().stricter() ? fast.failed() : fast.sameAs(reference);
                if (!agree)
                    differ.add(e.getKey() + " " + f.getFileName() + ":\n fast " + fast + "\n htsjdk " + reference);
                if (fast.failed()) {
                    fails++;
                    assertEquals("upload.vcf", fast.errorSource(), fast.message());
                } else reads++;
            }
        }
        assertEquals(List.of(), differ);
        assertTrue(reads >= 3 * 17 && fails >= 3 * 13, reads + " read, " + fails + " failed");
    }
}
