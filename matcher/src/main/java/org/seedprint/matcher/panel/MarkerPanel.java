package org.seedprint.matcher.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A versioned, ordered list of MNP loci of one crop. Profiles compare only within one panel;
 * a locus is addressed by its index in this order everywhere in the matcher.
 */
public final class MarkerPanel {

    private final String name;
    private final String version;
    private final List<Locus> loci;
    private final Map<String, Integer> indexById;
    private final Map<String, int[]> lociByChrom;

    public MarkerPanel(String name, String version, List<Locus> loci) {
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
        this.loci = List.copyOf(loci);
        this.indexById = new HashMap<>(loci.size() * 2);
        Map<String, List<Integer>> byChrom = new HashMap<>();
        for (int i = 0; i < this.loci.size(); i++) {
            Locus l = this.loci.get(i);
            if (indexById.putIfAbsent(l.id(), i) != null) {
                throw new IllegalArgumentException("duplicate locus id " + l.id());
            }
            byChrom.computeIfAbsent(l.chrom(), c -> new ArrayList<>()).add(i);
        }
        this.lociByChrom = new HashMap<>();
        byChrom.forEach((chrom, idx) -> {
            // sorted by start so that findLocus can binary-search
            idx.sort(Comparator.comparingInt(i -> this.loci.get(i).start()));
            int[] a = idx.stream().mapToInt(Integer::intValue).toArray();
            for (int k = 1; k < a.length; k++) {
                Locus prev = this.loci.get(a[k - 1]);
                Locus cur = this.loci.get(a[k]);
                if (cur.start() < prev.end()) {
                    throw new IllegalArgumentException("loci " + prev.id() + " and " + cur.id() + " overlap");
                }
            }
            lociByChrom.put(chrom, a);
        });
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public int size() {
        return loci.size();
    }

    public Locus locus(int index) {
        return loci.get(index);
    }

    public List<Locus> loci() {
        return loci;
    }

    /** Index of the locus with this id, or -1. */
    public int indexOf(String locusId) {
        Integer i = indexById.get(locusId);
        return i == null ? -1 : i;
    }

    /** Index of the locus holding this 0-based position, or -1. */
    public int findLocus(String chrom, int pos0) {
        int[] idx = lociByChrom.get(chrom);
        if (idx == null) return -1;
        int lo = 0, hi = idx.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Locus l = loci.get(idx[mid]);
            if (pos0 < l.start()) hi = mid - 1;
            else if (pos0 >= l.end()) lo = mid + 1;
            else return idx[mid];
        }
        return -1;
    }

    @Override
    public String toString() {
        return name + " v" + version + " (" + loci.size() + " loci)";
    }
}
