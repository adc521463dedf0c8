package org.seedprint.matcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.matcher.cli.MatcherCliTest.Run;
import org.seedprint.matcher.engine.HybridSimulator;
import org.seedprint.matcher.engine.HybridSimulator.Hybrid;
import org.seedprint.matcher.io.BedWriter;
import org.seedprint.matcher.io.GenotypeTsvWriter;

/** {@code parents} on genotype files of simulated crosses: the true pair first, and the pedigree check. */
class ParentsCommandTest {

    @TempDir
    Path dir;

    @Test
    void findsTheTrueParentsAndChecksAClaimedPedigree() throws Exception {
        HybridSimulator sim = new HybridSimulator(7, 300, 60, 3, 5);
        Path panel = dir.resolve("panel.bed"), library = dir.resolve("lines.tsv"), query = dir.resolve("hybrids.tsv");
        BedWriter.write(sim.panel, panel);
        try (Writer w = Files.newBufferedWriter(library)) {
            GenotypeTsvWriter tsv = new GenotypeTsvWriter(sim.panel, w);
            for (int i = 0; i < sim.inbreds.size(); i++) sim.genotype(HybridSimulator.line(i), sim.inbreds.get(i), tsv);
        }
        try (Writer w = Files.newBufferedWriter(query)) {
            GenotypeTsvWriter tsv = new GenotypeTsvWriter(sim.panel, w);
            for (Hybrid h : sim.hybrids) sim.genotype(h.id(), h.truth(), tsv);
        }
        Run search = MatcherCliTest.run(
                "parents",
                "--panel",
                panel.toString(),
                "--library",
                library.toString(),
                "--query",
                query.toString(),
                "--top",
                "2");
        assertEquals(0, search.exit(), search.err());
        List<String> lines = search.lines();
        assertEquals(String.join("\t", ParentsCommand.PAIR_COLUMNS), lines.get(0));
        assertTrue(lines.size() <= 1 + 2 * sim.hybrids.size(), "at most --top pairs per candidate: " + search.out());
        for (Hybrid h : sim.hybrids) {
            String first = lines.stream()
                    .filter(l -> l.startsWith(h.id() + "\t1\t"))
                    .findFirst()
                    .orElseThrow();
            String[] f = first.split("\t");
            List<String> truth = List.of(HybridSimulator.line(h.first()), HybridSimulator.line(h.second()));
            assertTrue(truth.contains(f[2]) && truth.contains(f[3]), first);
        }

        Hybrid h = sim.hybrids.get(0);
        String claimed = HybridSimulator.line(h.first()) + "," + HybridSimulator.line(h.second());
        Run check = MatcherCliTest.run(
                "parents",
                "--panel",
                panel.toString(),
                "--library",
                library.toString(),
                "--query",
                query.toString(),
                "--sample",
                h.id(),
                "--parents",
                claimed);
        assertEquals(0, check.exit(), check.err());
        String[] summary = check.lines().get(1).substring(2).split("\t");
        int explained = Integer.parseInt(summary[4]), unexplained = Integer.parseInt(summary[5]);
        assertEquals(300, explained + unexplained + Integer.parseInt(summary[6]));
        assertTrue(unexplained < 10 && explained > 250, check.out());
        assertEquals(3 + unexplained, check.lines().size(), "one line per unexplained locus");

        Run bad = MatcherCliTest.run(
                "parents", "--panel", panel.toString(), "--library", library.toString(), "--sample", "nobody");
        assertEquals(MatcherCli.BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("no sample nobody"), bad.err());
    }
}
