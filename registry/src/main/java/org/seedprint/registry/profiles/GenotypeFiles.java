package org.seedprint.registry.profiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.io.GenotypeTsvReader;
import org.seedprint.matcher.io.HapMapReader;
import org.seedprint.matcher.io.Inputs;
import org.seedprint.matcher.io.VcfReader;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

/** Reads a genotype file of any supported format through the matcher's readers into a library. */
public final class GenotypeFiles {

    public enum Format {
        TSV,
        VCF,
        HAPMAP
    }

    private GenotypeFiles() {}

    /** The format named, or guessed from the first line when {@code named} is blank. */
    public static Format format(Path file, String named) throws IOException {
        if (named != null && !named.isBlank())
            return Format.valueOf(named.trim().toUpperCase(Locale.ROOT));
        try (BufferedReader r = Inputs.reader(file)) {
            String first = r.readLine();
            if (first == null) return Format.TSV;
            if (first.startsWith("##fileformat=VCF") || first.startsWith("BCF")) return Format.VCF;
            if (first.startsWith("rs#")) return Format.HAPMAP;
            return Format.TSV;
        }
    }

    /** Every sample of the file as one library row; nothing is returned when any line is bad. */
    public static Library read(Path file, String sourceName, Format format, MarkerPanel panel)
            throws IOException, InputFormatException {
        LibraryBuilder b = new LibraryBuilder(panel);
        switch (format) {
            case TSV -> GenotypeTsvReader.read(file, sourceName, panel, b);
            case VCF -> VcfReader.read(file, sourceName, panel, b);
            case HAPMAP -> HapMapReader.read(file, sourceName, panel, b);
        }
        return b.build();
    }
}
