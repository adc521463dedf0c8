package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seedprint.matcher.engine.RandomLibraries.Sample;

/** The plain reference implementation: sets of strings, doubles, sort. No shortcuts. */
final class Reference {

    record Ref(String id, int compared, int identical, double sharing) {
        double similarity() {
            return compared == 0 ? 0 : (double) identical / compared;
        }
    }

    static final Comparator<Ref> ORDER = Comparator.comparingDouble(Ref::similarity)
            .reversed()
            .thenComparing(Comparator.comparingInt(Ref::compared).reversed())
            .thenComparing(Ref::id);

    private Reference() {}

    static Ref compare(Sample q, Sample s) {
        int compared = 0, identical = 0;
        double sharing = 0;
        for (int l = 0; l < q.loci().size(); l++) {
            Set<String> a = q.loci().get(l), b = s.loci().get(l);
            if (a.isEmpty() || b.isEmpty()) continue;
            compared++;
            if (a.equals(b)) identical++;
            Set<String> common = new HashSet<>(a);
            common.retainAll(b);
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            sharing += (double) common.size() / union.size();
        }
        return new Ref(s.id(), compared, identical, compared == 0 ? 0 : sharing / compared);
    }

    /** Similarity alone, without allocating (for brute-force all-vs-all). */
    static double similarity(Sample q, Sample s) {
        int compared = 0, identical = 0;
        for (int l = 0; l < q.loci().size(); l++) {
            Set<String> a = q.loci().get(l), b = s.loci().get(l);
            if (a.isEmpty() || b.isEmpty()) continue;
            compared++;
            if (a.equals(b)) identical++;
        }
        return compared == 0 ? 0 : (double) identical / compared;
    }

    static List<Ref> ranking(Sample q, List<Sample> library) {
        List<Ref> out = new ArrayList<>();
        for (Sample s : library) out.add(compare(q, s));
        out.sort(ORDER);
        return out;
    }
}
