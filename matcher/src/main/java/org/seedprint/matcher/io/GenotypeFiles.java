package org.seedprint.matcher.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/**
 * The one entry to the genotype readers: the format from a file's content (not its name), gzip or
 * plain, or from a name a user gave; then the reader. Every error names {@code sourceName}, the name
 * the user knows (an upload's file name), never a temporary path. A file with no genotype at all
 * (0 bytes, a header only, no record inside the panel) is an error, not an empty result.
 */
public final class GenotypeFiles {

    public enum Format {
        TSV,
        VCF,
        HAPMAP
    }

    private GenotypeFiles() {}

    /**
     * The format from the first bytes (decompressed): BCF or {@code ##fileformat=VCF} is VCF,
     * {@code rs#} then a tab is HapMap, anything else the TSV (whose reader then says what is wrong).
     * Damaged compressed data is left for the reader to report with its line.
     */
    public static Format detect(Path file) throws IOException {
        byte[] head = new byte[64];
        int n = 0;
        try (InputStream in = Inputs.open(file, 1)) {
            while (n < head.length) {
                int k = in.read(head, n, head.length - n);
                if (k < 0) break;
                n += k;
            }
        } catch (CorruptInputException e) {
            // what was read decides; the reader reports the damage
        }
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (start.startsWith("BCF") || start.startsWith("##fileformat=VCF")) return Format.VCF;
        if (start.startsWith("rs#\t")) return Format.HAPMAP;
        return Format.TSV;
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

    /** Reads the file in the format detected from its content; errors name the file as given. */
    public static void read(Path file, MarkerPanel panel, GenotypeSink sink) throws IOException, InputFormatException {
        read(file, file.toString(), detect(file), panel, sink);
    }

    /** Every sample's genotypes at the panel's loci into the sink; errors name {@code sourceName}. */
    public static void read(Path file, String sourceName, Format format, MarkerPanel panel, GenotypeSink sink)
            throws IOException, InputFormatException {
        switch (format) {
            case VCF -> VcfReader.read(file, sourceName, panel, sink);
            case HAPMAP -> HapMapReader.read(file, sourceName, panel, sink);
            case TSV -> GenotypeTsvReader.read(file, sourceName, panel, sink);
        }
    }
}
