package org.seedprint.matcher.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Kernel;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.profile.Library;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The library to search (an index, or genotypes read on the panel) and the threads to search it with. */
final class LibraryOption {

    @Mixin
    PanelOptions panelOptions;

    @Option(names = "--library", required = true, paramLabel = "FILE",
            description = "library: an index written by 'index', or genotypes (TSV, VCF/BCF, HapMap) read on --panel")
    Path library;

    @Option(names = "--threads", description = "search threads (default: all cores)")
    Integer threads;

    enum KernelChoice { auto, scalar, vector }

    @Option(names = "--kernel", defaultValue = "auto",
            description = "auto (SIMD when jdk.incubator.vector is loaded), scalar or vector; scalar starts faster for one small query (default: ${DEFAULT-VALUE})")
    KernelChoice kernel;

    Library load() throws IOException, InputFormatException {
        return Libraries.load(library, panelOptions);
    }

    Engine engine(Library lib) {
        Kernel k = switch (kernel) {
            case auto -> Kernels.best();
            case scalar -> Kernels.scalar();
            case vector -> Kernels.vector().orElseThrow(() -> new IllegalArgumentException(
                    "--kernel vector needs the Vector API: run java with --add-modules jdk.incubator.vector"));
        };
        return new Engine(lib, k, threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }
}
