package org.seedprint.benchmarks;

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
 * One candidate against 100,000 profiles of 1,000 loci, on all cores. {@code genotypes} per locus
 * sets the layout: 3 = 2 bits per call, 8 = 4 bits (the default), 200 = bytes, 300 = shorts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx3g"})
public class QueryBenchmark {

    @Param({"100000"})
    int profiles;

    @Param({"1000"})
    int loci;

    @Param({"scalar", "vector"})
    String kernel;

    @Param({"8"})
    int genotypes;

    private Engine engine;
    private Profile query;
    private final Thresholds maize = CropDefaults.forCrop("ZEAAA_MAY").orElseThrow();

    @Setup(Level.Trial)
    public void setUp() {
        Library lib = SyntheticLibrary.generate(profiles, loci, 42, genotypes);
        query = SyntheticLibrary.candidate(lib, profiles / 3, 7);
        engine = new Engine(lib, Kernels.named(kernel), Runtime.getRuntime().availableProcessors());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** Every pair counted in full: reads the whole matrix, the figure to hold against bandwidth. */
    @Benchmark
    public long[] countAll() {
        return engine.countAll(query);
    }

    /** Top 10, every row counted in full (ranking reads whole rows; see Engine.top). */
    @Benchmark
    public List<Hit> top10() {
        return engine.top(query, 10, maize);
    }

    /** Threshold search at t_edv = 0.90 with early stop. */
    @Benchmark
    public List<Hit> atLeast090() {
        return engine.atLeast(query, 0.90, maize);
    }
}
