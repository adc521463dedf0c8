package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.GenotypeSink;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.matcher.profile.Profile;

/**
 * Crosses with known truth: inbred lines (homozygous at every locus; a fifth of them derived from an
 * earlier line with 15 % of loci redrawn, so that related lines exist), F1 hybrids of two distinct
 * inbreds (the union of their alleles at each locus), and genotyping as a lab does it: 2 % missing
 * calls and 0.5 % errors (a random genotype) in every profile it delivers, independently.
 */
public final class HybridSimulator {

    public record Hybrid(String id, int first, int second, List<Set<String>> truth) {}

    public final MarkerPanel panel;
    public final List<List<Set<String>>> inbreds = new ArrayList<>();
    public final List<Hybrid> hybrids = new ArrayList<>();
    private final Random rnd;
    private final int haplotypes;

    public HybridSimulator(long seed, int loci, int lines, int crosses, int haplotypes) {
        this.rnd = new Random(seed);
        this.panel = RandomLibraries.panel(loci);
        this.haplotypes = haplotypes;
        for (int i = 0; i < lines; i++) {
            List<Set<String>> g = new ArrayList<>();
            List<Set<String>> parent = i > 10 && rnd.nextInt(5) == 0 ? inbreds.get(rnd.nextInt(i)) : null;
            for (int l = 0; l < loci; l++) {
                g.add(parent != null && rnd.nextDouble() >= 0.15 ? parent.get(l) : homozygous(l));
            }
            inbreds.add(g);
        }
        for (int h = 0; h < crosses; h++) {
            int a = rnd.nextInt(lines), b;
            do b = rnd.nextInt(lines);
            while (b == a);
            List<Set<String>> g = new ArrayList<>();
            for (int l = 0; l < loci; l++) {
                TreeSet<String> set = new TreeSet<>(inbreds.get(a).get(l));
                set.addAll(inbreds.get(b).get(l));
                g.add(set);
            }
            hybrids.add(new Hybrid("F1-" + h, a, b, g));
        }
    }

    public static String line(int i) {
        return "L" + String.format("%03d", i);
    }

    private Set<String> homozygous(int l) {
        // a common haplotype and rarer ones, as at MNP loci
        int h = rnd.nextDouble() < 0.4 ? 0 : 1 + rnd.nextInt(haplotypes - 1);
        TreeSet<String> set = new TreeSet<>();
        set.add("h" + l + "_" + h);
        return set;
    }

    /** One lab genotyping of a true genotype list into the sink: missing calls and errors. */
    public void genotype(String id, List<Set<String>> truth, GenotypeSink sink) {
        for (int l = 0; l < truth.size(); l++) {
            double r = rnd.nextDouble();
            Set<String> call = r < 0.02 ? new TreeSet<>() : r < 0.025 ? noise(l) : truth.get(l);
            sink.accept(id, l, call.toArray(String[]::new), null);
        }
    }

    private Set<String> noise(int l) {
        Set<String> set = new TreeSet<>(homozygous(l));
        if (rnd.nextBoolean()) set.addAll(homozygous(l));
        return set;
    }

    /** The library: every inbred line and the first {@code registeredHybrids} hybrids. */
    public Library library(int registeredHybrids) {
        LibraryBuilder b = new LibraryBuilder(panel);
        for (int i = 0; i < inbreds.size(); i++) genotype(line(i), inbreds.get(i), b);
        for (int h = 0; h < registeredHybrids; h++)
            genotype(hybrids.get(h).id(), hybrids.get(h).truth(), b);
        return b.build();
    }

    /** A fresh genotyping of a hybrid, as a candidate from its own file (own dictionary). */
    public Profile candidate(Hybrid h) {
        LibraryBuilder b = new LibraryBuilder(panel);
        genotype(h.id(), h.truth(), b);
        return b.buildProfile();
    }
}
