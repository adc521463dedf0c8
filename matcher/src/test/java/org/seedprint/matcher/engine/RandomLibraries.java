package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

/**
 * Random panels and genotypes for property tests, kept alongside a plain model (a set of allele
 * strings per locus, empty = missing) that the reference implementation works on.
 */
public final class RandomLibraries {

    /** A sample in the plain model. */
    public record Sample(String id, List<Set<String>> loci) {}

    private RandomLibraries() {}

    public static MarkerPanel panel(int loci) {
        List<Locus> list = new ArrayList<>();
        for (int l = 0; l < loci; l++)
            list.add(new Locus("M" + l, "chr" + (1 + l / 50), (l % 50) * 1000, (l % 50) * 1000 + 150));
        return new MarkerPanel("random", "1", list);
    }

    /**
     * Samples with missing loci, one to four alleles per locus, and families of near-copies so
     * that high similarities and exact ties occur.
     */
    public static List<Sample> samples(Random rnd, int n, int loci, int allelesPerLocus, String prefix) {
        List<Sample> out = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            List<Set<String>> g = new ArrayList<>();
            if (!out.isEmpty() && rnd.nextInt(3) == 0) {
                Sample parent = out.get(rnd.nextInt(out.size()));
                for (int l = 0; l < loci; l++)
                    g.add(
                            rnd.nextInt(10) == 0
                                    ? genotype(rnd, allelesPerLocus)
                                    : parent.loci().get(l));
            } else {
                for (int l = 0; l < loci; l++) g.add(genotype(rnd, allelesPerLocus));
            }
            out.add(new Sample(prefix + String.format("%03d", rnd.nextInt(1000)) + "-" + s, g));
        }
        return out;
    }

    public static Set<String> genotype(Random rnd, int allelesPerLocus) {
        Set<String> set = new TreeSet<>();
        if (rnd.nextInt(8) == 0) return set;
        int r = rnd.nextInt(10);
        int size = r < 7 ? 1 : r < 9 ? 2 : 3 + rnd.nextInt(2);
        while (set.size() < Math.min(size, allelesPerLocus)) set.add(haplotype(rnd.nextInt(allelesPerLocus)));
        return set;
    }

    static String haplotype(int i) {
        // distinct strings that do not sort like their numbers
        return Integer.toString(i * 7919 % 10007, 4)
                .replace('0', 'A')
                .replace('1', 'C')
                .replace('2', 'G')
                .replace('3', 'T');
    }

    /** Builds a library, feeding calls in a random order as readers may. */
    public static Library build(Random rnd, MarkerPanel panel, List<Sample> samples) {
        List<int[]> calls = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            for (int l = 0; l < panel.size(); l++) {
                // some missing loci are written as empty calls, the rest are simply absent
                if (!samples.get(s).loci().get(l).isEmpty() || rnd.nextBoolean()) calls.add(new int[] {s, l});
            }
        }
        Collections.shuffle(calls, rnd);
        LibraryBuilder b = new LibraryBuilder(panel);
        for (int[] c : calls) {
            Sample s = samples.get(c[0]);
            List<String> alleles = new ArrayList<>(s.loci().get(c[1]));
            Collections.shuffle(alleles, rnd);
            int[] depths = alleles.isEmpty() ? null : new int[alleles.size()];
            if (depths != null) for (int i = 0; i < depths.length; i++) depths[i] = 10 + rnd.nextInt(50);
            b.accept(s.id(), c[1], alleles.toArray(String[]::new), depths);
        }
        return b.build();
    }
}
