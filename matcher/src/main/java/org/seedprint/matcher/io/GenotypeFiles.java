package org.seedprint.matcher.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/** Picks the reader for a genotype file from its content (not its name), gzip or plain. */
public final class GenotypeFiles {

    public enum Format {
        TSV,
        VCF,
        HAPMAP
    }

    private GenotypeFiles() {}

    public static Format detect(Path file) throws IOException {
        try (InputStream in = Inputs.open(file)) {
            byte[] head = in.readNBytes(64);
            String start = new String(head, StandardCharsets.ISO_8859_1);
            if (start.startsWith("BCF") || start.startsWith("##fileformat=VCF")) return Format.VCF;
            if (start.startsWith("rs#\t")) return Format.HAPMAP;
            return Format.TSV;
        }
    }

    public static void read(Path file, MarkerPanel panel, GenotypeSink sink) throws IOException, InputFormatException {
        switch (detect(file)) {
            case VCF -> VcfReader.read(file, panel, sink);
            case HAPMAP -> HapMapReader.read(file, panel, sink);
            case TSV -> GenotypeTsvReader.read(file, panel, sink);
        }
    }
}
