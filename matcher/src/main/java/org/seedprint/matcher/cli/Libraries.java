package org.seedprint.matcher.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.index.LibraryIndex;
import org.seedprint.matcher.io.GenotypeFiles;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

/** Loads libraries from an index file or from genotype files; on error the builder is dropped, so nothing partial escapes. */
final class Libraries {

    private Libraries() {}

    /** An index file as it is (its panel must equal {@code panelOrNull} when one is given), else genotypes read on that panel. */
    static Library load(Path file, PanelOptions panelOptions) throws IOException, InputFormatException {
        if (!LibraryIndex.isIndex(file)) return load(panelOptions.load(file), file);
        Library lib = LibraryIndex.read(file);
        if (panelOptions.bed != null
                && !panelOptions.load(file).loci().equals(lib.panel().loci())) {
            throw new InputFormatException(
                    panelOptions.bed.toString(),
                    0,
                    "panel",
                    "differs from the panel of index " + file + " (" + lib.panel() + ")");
        }
        return lib;
    }

    /** All genotype files read into one library on the panel. */
    static Library load(MarkerPanel panel, Path... files) throws IOException, InputFormatException {
        LibraryBuilder builder = new LibraryBuilder(panel);
        for (Path file : files) GenotypeFiles.read(file, panel, builder);
        if (builder.sampleCount() == 0) {
            throw new InputFormatException(
                    files[0].toString(), 0, "sample", "no genotypes at any locus of panel " + panel);
        }
        return builder.build();
    }
}
