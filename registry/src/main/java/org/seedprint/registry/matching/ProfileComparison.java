package org.seedprint.registry.matching;

import java.util.List;
import java.util.Locale;
import org.seedprint.matcher.engine.Explanation;

/**
 * Two stored profiles compared locus by locus, as the API answers it (the fields the matcher's
 * {@code Explanation} had, so the JSON is unchanged; the registry's type, so the matcher can change).
 *
 * @param classification {@code INCONCLUSIVE}, {@code INDISTINCT}, {@code EDV_CANDIDATE} or {@code DISTINCT}
 */
public record ProfileComparison(
        String first,
        String second,
        Counts counts,
        double alleleSharing,
        String classification,
        List<DifferingLocus> differing) {

    public record Counts(int compared, int identical) {
        public int differing() {
            return compared - identical;
        }

        public double similarity() {
            return compared == 0 ? 0.0 : (double) identical / compared;
        }
    }

    /** One locus where the two differ: both genotypes ({@code []} = missing). */
    public record DifferingLocus(int index, String locusId, List<String> first, List<String> second) {}

    /** The label pages and reports show, e.g. {@code edv-candidate}. */
    public String classLabel() {
        return classification.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ProfileComparison of(Explanation e) {
        return new ProfileComparison(
                e.first(),
                e.second(),
                new Counts(e.counts().compared(), e.counts().identical()),
                e.alleleSharing(),
                e.classification().name(),
                e.differing().stream()
                        .map(d -> new DifferingLocus(d.index(), d.locusId(), d.first(), d.second()))
                        .toList());
    }
}
