package org.seedprint.benchmarks;

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
import org.seedprint.matcher.engine.Kernels;

/** Every pair of 10,000 profiles x 1,000 loci with similarity >= 0.90, on all cores (-p profiles=100000 for the large run). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class AllPairsBenchmark {

    @Param({"10000"})
    int profiles;

    @Param({"1000"})
    int loci;

    @Param({"scalar", "vector"})
    String kernel;

    @Param({"8"})
    int genotypes;

    private Engine engine;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new Engine(
                SyntheticLibrary.generate(profiles, loci, 42, genotypes),
                Kernels.named(kernel),
                Runtime.getRuntime().availableProcessors());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** All pairs >= 0.90 handed out through the sink, as the CLI writes them (no object per pair). */
    @Benchmark
    public long pairsAbove090() {
        long[] sum = {0};
        engine.pairs(
                0.90, CropDefaults.forCrop("ZEAAA_MAY").orElseThrow(), (a, b, c, i, sharing, cls) -> sum[0] += a ^ b);
        return sum[0];
    }
}
