package org.seedprint.matcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Kernel;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.profile.Library;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The library to search (an index, or genotypes read on the panel) and the threads to search it with. */
final class LibraryOption {

    @Mixin
    PanelOptions panelOptions;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--library",
            required = true,
            paramLabel = "FILE",
            description = "library: an index written by 'index', or genotypes (TSV, VCF/BCF, HapMap) read on --panel")
    Path library;

    @Option(names = "--threads", description = "search threads (default: all cores)")
    Integer threads;

    enum KernelChoice {
        auto,
        scalar,
        vector
    }

    @Option(
            names = "--kernel",
            defaultValue = "auto",
            description =
                    "auto (SIMD for large scans when jdk.incubator.vector is loaded, else scalar), scalar or vector (default: ${DEFAULT-VALUE})")
    KernelChoice kernel;

    /**
     * Below this many genotype cells scanned, auto picks the scalar kernel: in a fresh JVM the
     * SIMD kernel runs interpreted until C2 compiles it, about 0.6 s of CPU; measured on 10,000 x 1,000
     * biallelic sites, the kernels are level at 1,000 queries (1e10 cells) (docs/performance.md).
     */
    static final long SIMD_MIN_CELLS = 10_000_000_000L;

    Library load() throws IOException, InputFormatException {
        return Libraries.load(library, panelOptions);
    }

    /** An engine for a run that scans about {@code cells} genotype cells. */
    Engine engine(Library lib, long cells) {
        Kernel k = switch (kernel) {
            case auto -> {
                // plain lines, not System.Logger: java.util.logging's start-up would cost more than small runs
                PrintWriter err = mixee.commandLine().getErr();
                if (cells < SIMD_MIN_CELLS) {
                    err.println("seedprint-matcher: kernel scalar (" + cells
                            + " cells to scan, below the SIMD warm-up break-even " + SIMD_MIN_CELLS + ")");
                    yield Kernels.scalar();
                }
                Optional<Kernel> simd = Kernels.vector();
                err.println(simd.map(v -> "seedprint-matcher: kernel " + v.name())
                        .orElse("seedprint-matcher: kernel scalar (the Vector API is not loaded: --kernel vector"
                                + " under ./seedprint, or java --add-modules jdk.incubator.vector)"));
                yield simd.orElse(Kernels.scalar());
            }
            case scalar, vector -> Kernels.named(kernel.name());
        };
        return new Engine(
                lib, k, threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }
}
