package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;

/**
 * What the codes of a library mean, in a form Spark can ship to executors: the panel and, per
 * locus, the allele set of each genotype code (code {@code c} is {@code genotypes[locus][c - 1]}).
 * An executor rebuilds an equivalent {@link AlleleDictionary}: the same codes for the same sets,
 * so its profiles compare and explain exactly as the library's own.
 *
 * @param bits bits per genotype code in the library's {@link CodeMatrix} (2, 4, 8 or 16)
 */
public record PanelDictionary(
        String panelName,
        String panelVersion,
        String[] locusIds,
        String[] chroms,
        int[] starts,
        int[] ends,
        String[][][] genotypes,
        int bits)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static PanelDictionary of(Library lib) {
        MarkerPanel panel = lib.panel();
        AlleleDictionary dict = lib.dictionary();
        int m = panel.size();
        String[] ids = new String[m], chroms = new String[m];
        int[] starts = new int[m], ends = new int[m];
        String[][][] genotypes = new String[m][][];
        for (int l = 0; l < m; l++) {
            Locus locus = panel.locus(l);
            ids[l] = locus.id();
            chroms[l] = locus.chrom();
            starts[l] = locus.start();
            ends[l] = locus.end();
            genotypes[l] = new String[dict.genotypeCount(l)][];
            for (int c = 1; c <= genotypes[l].length; c++)
                genotypes[l][c - 1] = dict.alleles(l, c).toArray(String[]::new);
        }
        return new PanelDictionary(
                panel.name(),
                panel.version(),
                ids,
                chroms,
                starts,
                ends,
                genotypes,
                lib.codes().bits());
    }

    public int locusCount() {
        return locusIds.length;
    }

    /** 64-bit words per profile in the code matrix. */
    public int wordsPerRow() {
        return CodeMatrix.wordsPerRow(bits, locusIds.length);
    }

    /** Genotypes at each locus: the largest code a profile may hold there. */
    public int[] genotypeCounts() {
        int[] out = new int[genotypes.length];
        for (int l = 0; l < out.length; l++) out[l] = genotypes[l].length;
        return out;
    }

    public MarkerPanel panel() {
        List<Locus> loci = new ArrayList<>(locusIds.length);
        for (int l = 0; l < locusIds.length; l++) loci.add(new Locus(locusIds[l], chroms[l], starts[l], ends[l]));
        return new MarkerPanel(panelName, panelVersion, loci);
    }

    /** The panel and a fresh dictionary, built once per task and shared by the task's blocks. */
    public Codebook open() {
        return new Codebook(panel(), dictionary(), bits);
    }

    /** A fresh, frozen dictionary with the same code for every allele set. */
    public AlleleDictionary dictionary() {
        AlleleDictionary dict = new AlleleDictionary(locusIds.length);
        for (int l = 0; l < genotypes.length; l++) {
            for (int c = 1; c <= genotypes[l].length; c++) {
                if (dict.encode(l, genotypes[l][c - 1]) != c)
                    throw new IllegalArgumentException("locus " + locusIds[l] + ": genotype " + c + " listed twice");
            }
        }
        dict.freeze();
        return dict;
    }

    /** Panel name and version as in the matcher's messages. */
    public String describe() {
        return panelName + " v" + panelVersion + " (" + locusIds.length + " loci)";
    }
}
