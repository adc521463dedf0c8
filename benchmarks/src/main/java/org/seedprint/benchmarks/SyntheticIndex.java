package org.seedprint.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import org.seedprint.matcher.index.LibraryIndex;

/**
 * Writes a {@link SyntheticLibrary} as a matcher index, for benchmarks that run whole commands on it
 * (cluster/bench/pairs.sh):
 * {@code java -cp benchmarks/target/benchmarks.jar org.seedprint.benchmarks.SyntheticIndex FILE [PROFILES [LOCI [SEED]]]}.
 */
public final class SyntheticIndex {

    private SyntheticIndex() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int m = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        LibraryIndex.write(SyntheticLibrary.generate(n, m, seed), file);
        System.out.printf("wrote %d x %d synthetic profiles (seed %d) to %s%n", n, m, seed, file);
    }
}
