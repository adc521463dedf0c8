package org.seedprint.matcher.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;

/** Writes genotypes as the lab TSV that {@link GenotypeTsvReader} reads, header first. */
public final class GenotypeTsvWriter implements GenotypeSink {

    private final MarkerPanel panel;
    private final Writer out;

    public GenotypeTsvWriter(MarkerPanel panel, Writer out) {
        this.panel = panel;
        this.out = out;
        write(String.join("\t", GenotypeTsvReader.HEADER) + "\n");
    }

    @Override
    public void accept(String sample, int locusIndex, String[] alleles, int[] depths) {
        StringBuilder sb = new StringBuilder(64)
                .append(sample)
                .append('\t')
                .append(panel.locus(locusIndex).id())
                .append('\t');
        if (alleles.length == 0) {
            sb.append(".\t.");
        } else {
            sb.append(String.join("/", alleles)).append('\t');
            if (depths == null) {
                sb.append('.');
            } else {
                for (int i = 0; i < depths.length; i++) {
                    if (i > 0) sb.append('/');
                    sb.append(depths[i]);
                }
            }
        }
        write(sb.append('\n').toString());
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
