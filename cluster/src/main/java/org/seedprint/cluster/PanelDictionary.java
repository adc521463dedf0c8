package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
 */
public final class PanelDictionary implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String panelName;
    private final String panelVersion;
    private final String[] locusIds;
    private final String[] chroms;
    private final int[] starts;
    private final int[] ends;
    private final String[][][] genotypes;
    private final int bits;
    /** Opened once per JVM that holds this value (a broadcast is one object per executor), then shared by its tasks. */
    private transient volatile @Nullable Codebook opened;

    public PanelDictionary(
            String panelName,
            String panelVersion,
            String[] locusIds,
            String[] chroms,
            int[] starts,
            int[] ends,
            String[][][] genotypes,
            int bits) {
        this.panelName = panelName;
        this.panelVersion = panelVersion;
        this.locusIds = locusIds;
        this.chroms = chroms;
        this.starts = starts;
        this.ends = ends;
        this.genotypes = genotypes;
        this.bits = bits;
    }

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

    private MarkerPanel panel() {
        List<Locus> loci = new ArrayList<>(locusIds.length);
        for (int l = 0; l < locusIds.length; l++) loci.add(new Locus(locusIds[l], chroms[l], starts[l], ends[l]));
        return new MarkerPanel(panelName, panelVersion, loci);
    }

    /**
     * The panel and dictionary, built on first use and then shared: by the blocks of a task and by
     * the tasks of an executor (both are immutable once built; the dictionary is frozen).
     */
    public Codebook open() {
        Codebook book = opened;
        if (book == null) {
            book = new Codebook(panel(), dictionary(), bits);
            opened = book;
        }
        return book;
    }

    public String panelName() {
        return panelName;
    }

    public String panelVersion() {
        return panelVersion;
    }

    public String[] locusIds() {
        return locusIds;
    }

    public String[] chroms() {
        return chroms;
    }

    public int[] starts() {
        return starts;
    }

    public int[] ends() {
        return ends;
    }

    /** Per locus, the allele set of code c at [c - 1]. */
    public String[][][] genotypes() {
        return genotypes;
    }

    /** Bits per genotype code in the library's {@link CodeMatrix} (2, 4, 8 or 16). */
    public int bits() {
        return bits;
    }

    /** A fresh, frozen dictionary with the same code for every allele set. */
    private AlleleDictionary dictionary() {
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
