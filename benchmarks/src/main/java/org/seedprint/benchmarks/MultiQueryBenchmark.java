package org.seedprint.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.seedprint.matcher.engine.CropDefaults;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Hit;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/**
 * A batch of 300 candidates (an examination centre's month) against 100,000 profiles x 1,000 loci,
 * top 10 each: in one pass per tile of queries ({@code many}) and as 300 single-query searches
 * ({@code oneByOne}), on all cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class MultiQueryBenchmark {

    @Param({"100000"})
    int profiles;

    @Param({"1000"})
    int loci;

    @Param({"300"})
    int candidates;

    @Param({"scalar", "vector"})
    String kernel;

    @Param({"8"})
    int genotypes;

    private Engine engine;
    private final List<Profile> queries = new ArrayList<>();
    private final Thresholds maize = CropDefaults.forCrop("ZEAAA_MAY").orElseThrow();

    @Setup(Level.Trial)
    public void setUp() {
        Library lib = SyntheticLibrary.generate(profiles, loci, 42, genotypes);
        for (int q = 0; q < candidates; q++) queries.add(SyntheticLibrary.candidate(lib, (q * 331) % profiles, q));
        engine = new Engine(lib, Kernels.named(kernel), Runtime.getRuntime().availableProcessors());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public List<List<Hit>> many() {
        return engine.top(queries, 10, maize);
    }

    @Benchmark
    public int oneByOne() {
        int hits = 0;
        for (Profile q : queries) hits += engine.top(q, 10, maize).size();
        return hits;
    }
}
