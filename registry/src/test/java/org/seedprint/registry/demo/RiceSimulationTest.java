package org.seedprint.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiceSimulationTest {

    @Test
    void theCommittedDemoFilesAreWhatTheSeededGeneratorWrites(@TempDir Path dir) throws Exception {
        new RiceSimulation().write(dir);
        Path committed = Path.of("../data/demo-rice");
        for (String f : List.of("panel.bed", "genotypes.tsv.gz", "varieties.csv")) {
            assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(committed.resolve(f)));
        }
    }

    @Test
    void thePedigreeHoldsFoundersCrossesHybridsAndDerivedVarieties() {
        List<RiceSimulation.Line> lines = new RiceSimulation().simulate();
        assertThat(lines)
                .hasSize(RiceSimulation.FOUNDERS
                        + RiceSimulation.CROSSES
                        + RiceSimulation.HYBRIDS
                        + RiceSimulation.DERIVED);
        assertThat(lines)
                .filteredOn(l -> l.recurrent() != null)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.derivation()).isEqualTo("BACKCROSS"));
        assertThat(lines).filteredOn(l -> l.mutantOf() != null).isNotEmpty();
        assertThat(lines).filteredOn(l -> l.selectedFrom() != null).isNotEmpty();
        assertThat(lines).extracting(RiceSimulation.Line::latin).doesNotHaveDuplicates();
    }
}
