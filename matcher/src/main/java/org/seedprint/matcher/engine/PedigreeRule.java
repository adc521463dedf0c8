package org.seedprint.matcher.engine;

/** When a locus of a candidate counts as explained by two parents. */
public enum PedigreeRule {
    /** Every allele of the candidate is present in one parent or the other (any kind of derivation). */
    ALLELES_FROM_PARENTS("alleles"),
    /**
     * An F1: the candidate's allele set is one allele of the first parent together with one of the
     * second; for two inbred parents, exactly the union of their alleles.
     */
    F1("f1");

    private final String label;

    PedigreeRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PedigreeRule of(String label) {
        for (PedigreeRule r : values()) if (r.label.equals(label)) return r;
        throw new IllegalArgumentException("unknown pedigree rule " + label + " (f1 or alleles)");
    }
}
