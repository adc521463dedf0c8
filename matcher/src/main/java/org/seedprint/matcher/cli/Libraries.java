package org.seedprint.matcher.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.io.GenotypeFiles;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

/** Loads a library from a genotype file (TSV, VCF/BCF or HapMap); on error the builder is dropped, so nothing partial escapes. */
final class Libraries {

    private Libraries() {
    }

    static Library load(Path file, MarkerPanel panel) throws IOException, InputFormatException {
        LibraryBuilder builder = new LibraryBuilder(panel);
        GenotypeFiles.read(file, panel, builder);
        if (builder.sampleCount() == 0) {
            throw new InputFormatException(file.toString(), 0, "sample", "no genotypes at any locus of panel " + panel);
        }
        return builder.build();
    }
}
