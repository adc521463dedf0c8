package org.seedprint.matcher.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.io.BedWriter;
import org.seedprint.matcher.io.GenotypeFiles;
import org.seedprint.matcher.io.HapMapReader;
import org.seedprint.matcher.panel.BedReader;
import org.seedprint.matcher.panel.MarkerPanel;
import picocli.CommandLine.Option;

/** The marker panel: a BED file, or windows derived from a HapMap input when no BED is given. */
final class PanelOptions {

    @Option(names = "--panel", paramLabel = "BED", description = "marker panel (BED: chrom, start, end, locus id)")
    Path bed;

    @Option(
            names = "--panel-version",
            defaultValue = "1",
            description = "version recorded with the panel (default: ${DEFAULT-VALUE})")
    String version;

    @Option(
            names = "--max-span",
            defaultValue = "300",
            description = "HapMap windows: at most this many bp per locus (default: ${DEFAULT-VALUE})")
    int maxSpan;

    @Option(
            names = "--min-snps",
            defaultValue = "2",
            description = "HapMap windows: at least this many SNPs per locus (default: ${DEFAULT-VALUE})")
    int minSnps;

    @Option(
            names = "--write-panel",
            paramLabel = "BED",
            description = "write the panel used (e.g. one derived from HapMap) as BED")
    Path writeTo;

    /** The BED panel, or windows of {@code hapmap} when no BED was given. */
    MarkerPanel load(Path hapmap) throws IOException, InputFormatException {
        MarkerPanel panel;
        if (bed != null) {
            panel = BedReader.read(bed, stem(bed), version);
        } else if (hapmap != null && GenotypeFiles.detect(hapmap) == GenotypeFiles.Format.HAPMAP) {
            panel = HapMapReader.derivePanel(hapmap, stem(hapmap) + "-windows", version, maxSpan, minSnps);
        } else {
            throw new IllegalArgumentException("--panel BED is required (only a HapMap library can derive its panel)");
        }
        if (writeTo != null) BedWriter.write(panel, writeTo);
        return panel;
    }

    private static String stem(Path p) {
        return p.getFileName().toString().replaceFirst("\\.(bed|hmp\\.txt|txt)(\\.gz)?$", "");
    }
}
