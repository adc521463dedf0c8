package org.seedprint.matcher.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
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

    /** The format a client names, e.g. {@code vcf}; anything else is refused naming the allowed values. */
    public static Format parse(String name) throws InputFormatException {
        try {
            return Format.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(
                    "format",
                    0,
                    "format",
                    "must be one of " + Arrays.toString(Format.values()) + ", not '" + name + "'");
        }
    }

    /**
     * Reads every sample of {@code file} in {@code format} into {@code sink}. Errors name
     * {@code sourceName} (what the user knows the file as, e.g. the uploaded file's name), never the
     * path it was read from.
     */
    public static void read(Path file, String sourceName, Format format, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        try {
            switch (format) {
                case TSV -> {
                    try (BufferedReader r = Inputs.reader(file)) {
                        GenotypeTsvReader.read(r, sourceName, panel, sink);
                    }
                }
                case VCF -> VcfReader.read(file, panel, sink);
                case HAPMAP -> HapMapReader.read(file, panel, sink);
            }
        } catch (InputFormatException e) {
            throw e.source().equals(sourceName) ? e : e.naming(sourceName);
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
