package org.seedprint.matcher.profile;

import java.util.List;
import org.seedprint.matcher.panel.MarkerPanel;

/**
 * One sample over one panel: a genotype code per locus against the dictionary it was built
 * with, no per-locus objects. A query is a profile too: the engine re-encodes it against the
 * library's dictionary, so a query can come from any file.
 */
public final class Profile {

    private final String id;
    private final MarkerPanel panel;
    private final AlleleDictionary dictionary;
    private final int[] codes;
    private final ProfileQc qc;

    Profile(String id, MarkerPanel panel, AlleleDictionary dictionary, int[] codes, ProfileQc qc) {
        this.id = id;
        this.panel = panel;
        this.dictionary = dictionary;
        this.codes = codes;
        this.qc = qc;
    }

    public String id() {
        return id;
    }

    public MarkerPanel panel() {
        return panel;
    }

    public AlleleDictionary dictionary() {
        return dictionary;
    }

    public ProfileQc qc() {
        return qc;
    }

    public int locusCount() {
        return codes.length;
    }

    /** Genotype code at a locus in {@link #dictionary()}; {@link AlleleDictionary#MISSING} when not called. */
    public int code(int locus) {
        return codes[locus];
    }

    public boolean isCalled(int locus) {
        return codes[locus] != AlleleDictionary.MISSING;
    }

    /** Alleles at a locus, sorted; empty when missing. */
    public List<String> alleles(int locus) {
        return dictionary.alleles(locus, codes[locus]);
    }

    public int calledCount() {
        int c = 0;
        for (int code : codes) if (code != AlleleDictionary.MISSING) c++;
        return c;
    }

    @Override
    public String toString() {
        return "Profile " + id + " (" + calledCount() + "/" + codes.length + " loci called)";
    }
}
