package org.seedprint.matcher.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

/** Writes a panel as BED (0-based, half-open, name = locus id), readable back by BedReader. */
public final class BedWriter {

    private BedWriter() {}

    public static void write(MarkerPanel panel, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(panel, w);
        }
    }

    public static void write(MarkerPanel panel, Writer w) throws IOException {
        w.write("# panel " + panel.name() + " version " + panel.version() + "\n");
        for (Locus l : panel.loci()) {
            w.write(l.chrom() + "\t" + l.start() + "\t" + l.end() + "\t" + l.id() + "\n");
        }
    }
}
