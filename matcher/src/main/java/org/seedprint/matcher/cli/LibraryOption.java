package org.seedprint.matcher.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import picocli.CommandLine.Option;

/** The library to search and the threads to search it with. */
final class LibraryOption {

    @Option(names = "--library", required = true, paramLabel = "FILE", description = "library: genotypes (TSV, VCF/BCF, HapMap)")
    Path library;

    @Option(names = "--threads", description = "search threads (default: all cores)")
    Integer threads;

    Library load(MarkerPanel panel) throws IOException, InputFormatException {
        return Libraries.load(library, panel);
    }

    Engine engine(Library lib) {
        return new Engine(lib, Kernels.best(), threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }
}
