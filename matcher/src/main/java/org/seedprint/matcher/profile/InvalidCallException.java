package org.seedprint.matcher.profile;

/**
 * A genotype call that cannot enter a library (duplicate, bad locus index, empty allele...).
 * Unchecked because {@link GenotypeSink#accept} declares nothing; a reader catches it and
 * rethrows an {@code InputFormatException} carrying its file and line, with {@link #field()}.
 */
public final class InvalidCallException extends IllegalArgumentException {

    private final String field;

    public InvalidCallException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** The input field at fault: sample, locus, alleles or depths. */
    public String field() {
        return field;
    }
}
