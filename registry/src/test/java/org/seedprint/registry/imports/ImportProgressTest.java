package org.seedprint.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    private static Map<String, Object> job(String phase, long done, long total) {
        return Map.of("status", "VALIDATING", "phase", phase, "progressDone", done, "progressTotal", total);
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.show(job("reading g.vcf", 1, 4));
        progress.show(job("reading g.vcf", 4, 4));
        progress.done();

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .startsWith("\r[#######.......................]  25% reading g.vcf 1/4")
                .contains("\r[##############################] 100% reading g.vcf 4/4")
                .endsWith(System.lineSeparator());
    }

    @Test
    void elsewhereOneLinePerPhaseAndTenth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        for (int done = 0; done <= 100; done++) progress.show(job("writing", done, 100));
        progress.show(job("indexing", 0, 1));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .hasSize(12)
                .startsWith("writing 0/100 (0%)", "writing 10/100 (10%)")
                .endsWith("indexing 0/1 (0%)")
                .noneMatch(l -> l.contains("\r"));
    }
}
