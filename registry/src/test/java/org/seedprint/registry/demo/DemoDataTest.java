package org.seedprint.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo library is found without the project's data/ folder (a jar started from another
 * directory): the packed copy is unpacked, byte for byte the same as data/.
 */
class DemoDataTest {

    /** The project's data/ folder, seen from the registry module (where surefire runs). */
    private static final Path PROJECT_DATA = Path.of("../data");

    @Test
    void withoutTheDataFolderThePackedCopyIsUnpacked(@TempDir Path elsewhere) throws Exception {
        Path missing = elsewhere.resolve("no-data-here");
        Path unpacked = elsewhere.resolve("unpacked").toAbsolutePath();
        Path found = DemoData.locate(missing, unpacked);
        assertThat(found).isEqualTo(unpacked);
        for (String file : new String[] {
            "maize282/mdp_genotype.hmp.txt",
            "maize282/mdp_taxa_metadata.csv",
            "demo-rice/varieties.csv",
            "demo-rice/genotypes.tsv.gz",
            "demo-rice/panel.bed"
        }) {
            assertThat(Files.mismatch(found.resolve(file), PROJECT_DATA.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void theDataFolderIsUsedWhenItIsThere(@TempDir Path elsewhere) throws Exception {
        assertThat(DemoData.locate(PROJECT_DATA, elsewhere)).isEqualTo(PROJECT_DATA);
        assertThat(elsewhere).isEmptyDirectory();
    }
}
