package org.seedprint.matcher.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        Random rnd = new Random(seed);
        int m = 1 + rnd.nextInt(rnd.nextBoolean() ? 40 : 400);
        int n = 1 + rnd.nextInt(60);
        MarkerPanel panel = RandomLibraries.panel(m);
        int alleles = 1 + rnd.nextInt(6);
        List<Sample> samples = RandomLibraries.samples(rnd, n, m, alleles, "s");
        Library lib = RandomLibraries.build(rnd, panel, samples);
        // queries: near-copies of library samples plus fresh ones drawn from a wider allele pool
        List<Sample> qs = new ArrayList<>();
        for (int x = 0; x < 4; x++) {
            Sample base = samples.get(rnd.nextInt(n));
            List<java.util.Set<String>> g = new ArrayList<>();
            for (int l = 0; l < m; l++)
                g.add(
                        rnd.nextInt(6) == 0
                                ? RandomLibraries.genotype(rnd, alleles + 2)
                                : base.loci().get(l));
            qs.add(new Sample("q" + x, g));
        }
        qs.addAll(RandomLibraries.samples(rnd, 2, m, alleles + 2, "fresh"));
        return new World(panel, samples, lib, qs, RandomLibraries.build(rnd, panel, qs));
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
                    String where = "seed " + seed + " " + kernel.name() + " threads " + threads + " block " + block;
                    for (int x = 0; x < w.querySamples().size(); x++) {
                        Profile q = w.queries()
                                .profile(w.queries()
                                        .indexOf(w.querySamples().get(x).id()));
                        List<Ref> ref = Reference.ranking(w.querySamples().get(x), w.samples());

                        assertHits(
                                ref,
                                engine.top(q, w.samples().size() + 3, TH),
                                w.panel().size(),
                                where + " full ranking");
                        int k = 1 + rnd.nextInt(w.samples().size());
                        assertHits(
                                ref.subList(0, k),
                                engine.top(q, k, TH),
                                w.panel().size(),
                                where + " top " + k);

                        double t = pickThreshold(rnd, ref);
                        List<Ref> above =
                                ref.stream().filter(r -> r.similarity() >= t).toList();
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
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void allVersusAllEqualsBruteForce(long seed) {
        World w = world(seed);
        Random rnd = new Random(seed);
        List<Sample> s = w.samples();
        List<Ref> all = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                Ref r = Reference.compare(s.get(i), s.get(j));
                all.add(r);
                keys.add(pairKey(s.get(i).id(), s.get(j).id(), r.compared(), r.identical()));
            }
        }
        double t = pickThreshold(rnd, all);
        List<String> expected = new ArrayList<>();
        for (int x = 0; x < all.size(); x++) if (all.get(x).similarity() >= t) expected.add(keys.get(x));
        java.util.Collections.sort(expected);
        for (Kernel kernel : kernels()) {
            for (int threads : new int[] {1, 2}) {
                try (Engine engine =
                        new Engine(w.library(), kernel, threads, threads == 1 ? 1 + rnd.nextInt(70) : Engine.BLOCK)) {
                    List<Pair> pairs = engine.pairs(t, TH);
                    List<String> got = new ArrayList<>();
                    for (Pair p : pairs) {
                        assertTrue(p.a() < p.b());
                        got.add(pairKey(
                                p.idA(),
                                p.idB(),
                                p.counts().compared(),
                                p.counts().identical()));
                    }
                    for (int x = 1; x < pairs.size(); x++) {
                        assertTrue(pairs.get(x - 1).similarity() >= pairs.get(x).similarity(), "best first");
                    }
                    java.util.Collections.sort(got);
                    assertEquals(expected, got, "seed " + seed + " " + kernel.name() + " t " + t);
                }
            }
        }
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
