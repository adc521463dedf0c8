package org.seedprint.matcher.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.engine.Engine;
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

    Library load() throws IOException, InputFormatException {
        return Libraries.load(library, panelOptions);
    }

    Engine engine(Library lib) {
        return new Engine(lib, Kernels.best(), threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }
}
