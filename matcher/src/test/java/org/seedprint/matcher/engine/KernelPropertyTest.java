package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.seedprint.matcher.engine.EnginePropertyTest.World;
import org.seedprint.matcher.engine.Reference.Ref;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/**
 * Every search, forced onto each kernel and each code layout (2, 4, 8 and 16 bits per call, also
 * wider than the library needs), equals the plain {@link Reference}: top-k, threshold search,
 * counts, all-vs-all, and the multi-query kernel.
 */
class KernelPropertyTest {

    @Property(tries = 40)
    void searchesEqualTheReferenceOnEveryKernelAndLayout(
            @ForAll long seed, @ForAll("kernels") String kernelName, @ForAll("layouts") int bits) {
        int alleles = 1 + Math.floorMod(seed, bits == 2 ? 2 : bits == 4 ? 4 : 6);
        World w = EnginePropertyTest.world(seed, alleles);
        Library lib = w.library().withBits(bits);
        Random rnd = new Random(seed);
        Kernel kernel = Kernels.named(kernelName);
        String where = "seed " + seed + " " + kernelName + " " + bits + " bits";
        World forced = new World(w.panel(), w.samples(), lib, w.querySamples(), w.queries());
        try (Engine engine = new Engine(lib, kernel, 1 + rnd.nextInt(2), 1 + rnd.nextInt(300))) {
            EnginePropertyTest.checkSearches(forced, engine, rnd, where);
            EnginePropertyTest.checkPairs(forced, engine, rnd.nextDouble(), where);
            List<Profile> queries = new ArrayList<>();
            for (int q = 0; q < w.queries().size(); q++) queries.add(w.queries().profile(q));
            int k = 1 + rnd.nextInt(lib.size());
            List<List<Hit>> tops = engine.top(queries, k, EnginePropertyTest.thresholds());
            for (int q = 0; q < queries.size(); q++) {
                List<Ref> ref = Reference.ranking(sample(w, queries.get(q)), w.samples());
                EnginePropertyTest.assertHits(
                        ref.subList(0, k), tops.get(q), w.panel().size(), where + " many, top " + k);
            }
        }
    }

    private static RandomLibraries.Sample sample(World w, Profile q) {
        for (RandomLibraries.Sample s : w.querySamples()) if (s.id().equals(q.id())) return s;
        throw new AssertionError("no query sample " + q.id());
    }

    @Provide
    Arbitrary<String> kernels() {
        return Arbitraries.of("scalar", "vector");
    }

    @Provide
    Arbitrary<Integer> layouts() {
        return Arbitraries.of(2, 4, 8, 16);
    }
}
