package org.seedprint.matcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import htsjdk.samtools.SAMFileHeader;
import htsjdk.samtools.SAMFileWriter;
import htsjdk.samtools.SAMFileWriterFactory;
import htsjdk.samtools.SAMReadGroupRecord;
import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.samtools.SAMSequenceRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI in-process: exit codes and output, on the real maize panel. */
class MatcherCliTest {

    static final String HAPMAP = "../data/maize282/mdp_genotype.hmp.txt";
    static final String PANEL = "../data/maize282/mdp_windows_300bp.bed";
    static final String HEADER = "query\thit\tcompared\tidentical\tdiffering\tsimilarity\tclass\tallele_sharing";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        // as main builds it: only the subcommand the arguments name is registered
        CommandLine cli = MatcherCli.forArgs(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aRunRegistersOnlyTheSubcommandItNames() {
        assertEquals(List.of(PairsCommand.class), List.copyOf(MatcherCli.needed(new String[] {"pairs", "--help"})));
        assertEquals(List.of(), List.copyOf(MatcherCli.needed(new String[] {"--version"})));
        assertEquals(6, MatcherCli.needed(new String[] {}).size());
        assertEquals(6, MatcherCli.needed(new String[] {"--help"}).size());
        assertEquals(6, MatcherCli.needed(new String[] {"nosuch"}).size());
        Run usage = run();
        assertEquals(0, usage.exit(), usage.err());
        for (String name : List.of("index", "match", "pairs", "explain", "parents", "call"))
            assertTrue(usage.out().contains("  " + name + " "), usage.out());
        Run unknown = run("nosuch");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("nosuch"), unknown.err());
        Run version = run("--version");
        assertEquals("seedprint-matcher 0.1", version.out().strip());
    }

    @Test
    void matchPrintsOneLinePerHitWithCountsAndClass() {
        Run r = run("match", "--panel", PANEL, "--library", HAPMAP, "--query", HAPMAP, "--top", "2", "--exclude-self");
        assertEquals(0, r.exit(), r.err());
        assertEquals(HEADER, r.lines().get(0));
        assertEquals(1 + 281 * 2, r.lines().size());
        assertTrue(r.lines().contains("B73\tB73HTRHM\t764\t742\t22\t0.9712\tedv-candidate\t0.9817"), r.out());
        assertTrue(r.lines().contains("MO17\tA682\t757\t623\t134\t0.8230\tdistinct\t0.8355"), r.out());
    }

    @Test
    void jsonLinesAndThresholdOverrides() {
        Run r = run(
                "match",
                "--panel",
                PANEL,
                "--library",
                HAPMAP,
                "--query",
                HAPMAP,
                "--min-similarity",
                "0.97",
                "--exclude-self",
                "--max-differing",
                "25",
                "--format",
                "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.lines()
                        .contains(
                                "{\"query\":\"B73\",\"hit\":\"B73HTRHM\",\"compared\":764,\"identical\":742,\"differing\":22,"
                                        + "\"similarity\":0.9712,\"class\":\"indistinct\",\"allele_sharing\":0.9817}"),
                r.out());
        // pairs at >= 0.97, each seen from both sides
        assertEquals(6, r.lines().size(), r.out());
    }

    @Test
    void indexThenMatchGivesTheSameHitsAsReadingGenotypes() {
        Path idx = dir.resolve("maize.idx");
        Run index = run("index", "--panel", PANEL, HAPMAP, "-o", idx.toString());
        assertEquals(0, index.exit(), index.err());
        assertTrue(index.err().contains("indexed 281 profiles"), index.err());
        Run fromIndex = run("match", "--library", idx.toString(), "--query", HAPMAP, "--top", "3");
        Run fromHapMap = run("match", "--panel", PANEL, "--library", HAPMAP, "--query", HAPMAP, "--top", "3");
        assertEquals(0, fromIndex.exit(), fromIndex.err());
        assertEquals(fromHapMap.out(), fromIndex.out());
    }

    @Test
    void panelIsDerivedFromHapMapWhenNoBedIsGiven() throws Exception {
        Path bed = dir.resolve("derived.bed");
        Run r = run("pairs", "--library", HAPMAP, "--min-similarity", "0.98", "--write-panel", bed.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                List.of(
                        "first\tsecond\tcompared\tidentical\tdiffering\tsimilarity\tclass\tallele_sharing",
                        "NC362\tNC364\t721\t710\t11\t0.9847\tedv-candidate\t0.9917",
                        "NC336\tNC352\t769\t755\t14\t0.9818\tedv-candidate\t0.9857"),
                r.lines());
        assertEquals(
                Files.readAllLines(Path.of(PANEL)).subList(1, 811),
                Files.readAllLines(bed).subList(1, 811));
    }

    @Test
    void explainListsEveryDifferingLocusWithBothGenotypes() {
        Run r = run("explain", "--panel", PANEL, "--library", HAPMAP, "B73", "B73HTRHM");
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                "# B73\tB73HTRHM\t764\t742\t22\t0.9712\tedv-candidate\t0.9817",
                r.lines().get(1));
        assertEquals("locus\tfirst\tsecond", r.lines().get(2));
        assertEquals("1_46255037_46255059\tTT\tTC/TT", r.lines().get(3));
        assertEquals(3 + 22, r.lines().size());
    }

    @Test
    void badQueryExitsWith2AndNamesFileLineAndField() throws Exception {
        Path query = Files.writeString(
                dir.resolve("query.tsv"), "q1\t1_2914066_2914171\tAC\t20\nq1\tno_such_locus\tAC\t20\n");
        Run r = run("match", "--panel", PANEL, "--library", HAPMAP, "--query", query.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(query + ":2 [locus]: unknown locus no_such_locus"), r.err());
    }

    @Test
    void otherBadInputsExitWith2() {
        assertEquals(
                2,
                run(
                                "match",
                                "--panel",
                                PANEL,
                                "--library",
                                dir.resolve("absent.tsv").toString(),
                                "--query",
                                HAPMAP)
                        .exit());
        Run crop = run("match", "--panel", PANEL, "--library", HAPMAP, "--query", HAPMAP, "--crop", "NOPE");
        assertEquals(2, crop.exit());
        assertTrue(crop.err().contains("--crop NOPE"), crop.err());
        assertEquals(2, run("match", "--query", HAPMAP).exit(), "missing --library is a usage error");
        assertEquals(
                2,
                run("pairs", "--library", "../data/maize282/maize_chr9_10thin40000.recode.vcf")
                        .exit(),
                "VCF needs --panel");
    }

    @Test
    void callWritesTheGenotypeTableOnlyWhenEveryInputSucceeded() throws Exception {
        Path bed = Files.writeString(dir.resolve("amp.bed"), "chr1\t100\t110\tM1\n");
        Path bam = dir.resolve("s.bam");
        SAMFileHeader header =
                new SAMFileHeader(new SAMSequenceDictionary(List.of(new SAMSequenceRecord("chr1", 1000))));
        SAMReadGroupRecord rg = new SAMReadGroupRecord("rg1");
        rg.setSample("line7");
        header.addReadGroup(rg);
        try (SAMFileWriter w = new SAMFileWriterFactory().makeBAMWriter(header, false, bam)) {
            for (int i = 0; i < 40; i++) {
                SAMRecord r = new SAMRecord(header);
                r.setReadName("r" + i);
                r.setReferenceName("chr1");
                r.setAlignmentStart(97); // 1-based: the locus (0-based 100) starts at read offset 4
                r.setCigarString("20M");
                r.setReadString(i < 25 ? "TTTTACGTACGTACTTTTTT" : "TTTTACGTTCGTACTTTTTT");
                r.setBaseQualityString("I".repeat(20));
                r.setMappingQuality(60);
                r.setAttribute("RG", "rg1");
                w.addAlignment(r);
            }
        }
        Run stdout = run("call", "--panel", bed.toString(), bam.toString());
        assertEquals(0, stdout.exit(), stdout.err());
        assertEquals("sample\tlocus\talleles\tdepths\nline7\tM1\tACGTACGTAC/ACGTTCGTAC\t25/15\n", stdout.out());
        Path out = dir.resolve("calls.tsv");
        assertEquals(
                0,
                run("call", "--panel", bed.toString(), "--min-freq", "0.4", bam.toString(), "-o", out.toString())
                        .exit());
        assertEquals("sample\tlocus\talleles\tdepths\nline7\tM1\tACGTACGTAC\t25\n", Files.readString(out));

        Path bad = Files.writeString(dir.resolve("bad.sam"), "@HD\tVN:1.6\nr1\tnot-a-flag\n");
        Path out2 = dir.resolve("calls2.tsv");
        assertEquals(
                2,
                run("call", "--panel", bed.toString(), bam.toString(), bad.toString(), "-o", out2.toString())
                        .exit());
        assertFalse(Files.exists(out2), "nothing written when an input fails");

        Path copy = Files.copy(bam, dir.resolve("copy.bam"));
        Run twice = run("call", "--panel", bed.toString(), bam.toString(), copy.toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("sample line7 is in both"), twice.err());
    }
}
