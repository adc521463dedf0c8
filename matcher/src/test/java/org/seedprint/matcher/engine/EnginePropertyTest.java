package org.seedprint.matcher.engine;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedprint.matcher.engine.RandomLibraries.Sample;
import org.seedprint.matcher.engine.Reference.Ref;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/** Engine results against the plain reference, for both kernels, on random libraries. */
class EnginePropertyTest {

    private static final Thresholds TH = new Thresholds(2, 0.9, 0.5);

    static Thresholds thresholds() {
        return TH;
    }

    static List<Kernel> kernels() {
        List<Kernel> ks = new ArrayList<>();
        ks.add(Kernels.scalar());
        // surefire runs with --add-modules jdk.incubator.vector: the SIMD path must be tested, not skipped
        ks.add(Kernels.vector().orElseThrow(() -> new AssertionError("Vector API kernel not available")));
        return ks;
    }

    /** A random world: library samples, query samples (own dictionary, some unseen alleles). */
    record World(
            MarkerPanel panel, List<Sample> samples, Library library, List<Sample> querySamples, Library queries) {}

    static World world(long seed) {
        return world(seed, 0);
    }

    /** With {@code alleles} per locus (1..6 at random when 0): at most 2 keep the library in 2 bits, 4 in 4 bits. */
    static World world(long seed, int allelesPerLocus) {
        Random rnd = new Random(seed);
        int m = 1 + rnd.nextInt(rnd.nextBoolean() ? 40 : 400);
        int n = 1 + rnd.nextInt(60);
        MarkerPanel panel = RandomLibraries.panel(m);
        int alleles = allelesPerLocus > 0 ? allelesPerLocus : 1 + rnd.nextInt(6);
        List<Sample> samples = RandomLibraries.samples(rnd, n, m, alleles, "s");
        Library lib = RandomLibraries.build(rnd, panel, samples);
        // queries: near-copies of library samples plus fresh ones drawn from a wider allele pool
        List<Sample> qs = new ArrayList<>();
        for (int x = 0; x < 4; x++) {
            Sample base = samples.get(rnd.nextInt(n));
            List<Set<String>> g = new ArrayList<>();
            for (int l = 0; l < m; l++)
                g.add(
                        rnd.nextInt(6) == 0
                                ? RandomLibraries.genotype(rnd, alleles + 2)
                                : base.loci().get(l));
            qs.add(new Sample("q" + x, g));
        }
        qs.addAll(RandomLibraries.samples(rnd, 2, m, alleles + 2, "fresh"));
        Library queries = RandomLibraries.build(rnd, panel, qs);
        // a sample with no call at all (possible on tiny panels) never reaches a library
        return new World(panel, present(samples, lib), lib, present(qs, queries), queries);
    }

    private static List<Sample> present(List<Sample> samples, Library lib) {
        return samples.stream().filter(x -> lib.indexOf(x.id()) >= 0).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everySearchEqualsTheReference(long seed) {
        World w = world(seed);
        Random rnd = new Random(seed * 31);
        for (Kernel kernel : kernels()) {
            for (int threads : new int[] {1, 2}) {
                int block = threads == 1 ? 1 + rnd.nextInt(70) : Engine.BLOCK;
                try (Engine engine = new Engine(w.library(), kernel, threads, block)) {
                    checkSearches(
                            w,
                            engine,
                            rnd,
                            "seed " + seed + " " + kernel.name() + " threads " + threads + " block " + block);
                }
            }
        }
    }

    /** Top-k (full and partial), threshold search, countAll and compare of every query against the reference. */
    static void checkSearches(World w, Engine engine, Random rnd, String where) {
        if (w.samples().isEmpty()) return;
        for (int x = 0; x < w.querySamples().size(); x++) {
            Profile q = w.queries()
                    .profile(w.queries().indexOf(w.querySamples().get(x).id()));
            List<Ref> ref = Reference.ranking(w.querySamples().get(x), w.samples());
            assertHits(ref, engine.top(q, w.samples().size() + 3, TH), w.panel().size(), where + " full ranking");
            int k = 1 + rnd.nextInt(w.samples().size());
            assertHits(ref.subList(0, k), engine.top(q, k, TH), w.panel().size(), where + " top " + k);
            double t = pickThreshold(rnd, ref);
            List<Ref> above = ref.stream().filter(r -> r.similarity() >= t).toList();
            assertHits(above, engine.atLeast(q, t, TH), w.panel().size(), where + " at least " + t);
            long[] all = engine.countAll(q);
            for (Ref r : ref) {
                long p = all[w.library().indexOf(r.id())];
                assertEquals(
                        new Comparison(r.compared(), r.identical()),
                        new Comparison(Kernel.compared(p), Kernel.identical(p)),
                        where);
            }
            Ref first = ref.get(0);
            assertEquals(
                    new Comparison(first.compared(), first.identical()),
                    engine.compare(q, w.library().indexOf(first.id())),
                    where);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void allVersusAllEqualsBruteForce(long seed) {
        World w = world(seed);
        Random rnd = new Random(seed);
        List<Sample> s = w.samples();
        List<Ref> all = new ArrayList<>();
        for (int i = 0; i < s.size(); i++)
            for (int j = i + 1; j < s.size(); j++) all.add(Reference.compare(s.get(i), s.get(j)));
        double t = pickThreshold(rnd, all);
        for (Kernel kernel : kernels()) {
            for (int threads : new int[] {1, 2}) {
                try (Engine engine =
                        new Engine(w.library(), kernel, threads, threads == 1 ? 1 + rnd.nextInt(70) : Engine.BLOCK)) {
                    checkPairs(w, engine, t, "seed " + seed + " " + kernel.name() + " t " + t);
                }
            }
        }
    }

    /** All-vs-all against brute force over the reference: the same pairs, counts and sharing, best first. */
    static void checkPairs(World w, Engine engine, double t, String where) {
        List<Sample> s = w.samples();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                Ref r = Reference.compare(s.get(i), s.get(j));
                if (r.similarity() >= t)
                    expected.add(pairKey(s.get(i).id(), s.get(j).id(), r.compared(), r.identical()));
            }
        }
        Collections.sort(expected);
        Map<String, Sample> byId = new HashMap<>();
        for (Sample x : s) byId.put(x.id(), x);
        List<Pair> pairs = engine.pairs(t, TH);
        List<String> got = new ArrayList<>();
        for (Pair p : pairs) {
            assertTrue(p.a() < p.b());
            got.add(pairKey(p.idA(), p.idB(), p.counts().compared(), p.counts().identical()));
            Ref r = Reference.compare(requireNonNull(byId.get(p.idA())), requireNonNull(byId.get(p.idB())));
            assertEquals(r.sharing(), p.alleleSharing(), 1e-12, where + " sharing");
        }
        for (int x = 1; x < pairs.size(); x++) {
            assertTrue(Pair.BEST_FIRST.compare(pairs.get(x - 1), pairs.get(x)) < 0, where + ": best first");
        }
        Collections.sort(got);
        assertEquals(expected, got, where);
    }

    /** A threshold that is often exactly one of the similarities present, to test ties at the bar. */
    static double pickThreshold(Random rnd, List<Ref> refs) {
        if (refs.isEmpty() || rnd.nextInt(4) == 0) return rnd.nextDouble();
        return refs.get(rnd.nextInt(refs.size())).similarity();
    }

    static void assertHits(List<Ref> expected, List<Hit> hits, int panelSize, String where) {
        assertEquals(expected.size(), hits.size(), where + ": number of hits");
        for (int x = 0; x < expected.size(); x++) {
            Ref r = expected.get(x);
            Hit h = hits.get(x);
            assertEquals(r.id(), h.id(), where + " rank " + x);
            assertEquals(new Comparison(r.compared(), r.identical()), h.counts(), where + " " + r.id());
            assertEquals(r.sharing(), h.alleleSharing(), 1e-12, where + " sharing " + r.id());
            assertEquals(TH.classify(h.counts(), panelSize), h.classification());
        }
    }

    private static String pairKey(String a, String b, int compared, int identical) {
        String first = a.compareTo(b) < 0 ? a : b, second = first.equals(a) ? b : a;
        return first + "|" + second + "|" + compared + "|" + identical;
    }
}
