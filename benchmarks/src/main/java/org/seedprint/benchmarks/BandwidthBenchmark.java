package org.seedprint.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory-bandwidth probe: a streaming sum over a 256 MiB byte[] (far beyond the caches), the
 * least work that still reads every byte. Bandwidth = 256 MiB x threads / time per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class BandwidthBenchmark {

    static final int SIZE = 256 << 20;
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_PREFERRED;

    private byte[] data;

    @Setup(Level.Trial)
    public void setUp() {
        data = new byte[SIZE];
        new SplittableRandom(1).nextBytes(data);
    }

    @Benchmark
    @Threads(1)
    public long sumOneThread() {
        return sum(data);
    }

    /** Both threads stream the whole array: aggregate bandwidth = 2 x size / time. */
    @Benchmark
    @Threads(2)
    public long sumTwoThreads() {
        return sum(data);
    }

    static long sum(byte[] a) {
        LongVector acc = LongVector.zero(LongVector.SPECIES_PREFERRED);
        int lanes = BYTES.length();
        for (int i = 0, bound = BYTES.loopBound(a.length); i < bound; i += lanes) {
            acc = acc.add(ByteVector.fromArray(BYTES, a, i).reinterpretAsLongs());
        }
        return acc.reduceLanes(VectorOperators.ADD);
    }
}
