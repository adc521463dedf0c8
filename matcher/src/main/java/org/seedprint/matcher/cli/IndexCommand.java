package org.seedprint.matcher.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedprint.matcher.index.LibraryIndex;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description =
                "Read genotype files into one library and write its binary index (panel included), for fast loading.")
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PanelOptions panelOptions;

    @Parameters(
            arity = "1..*",
            paramLabel = "GENOTYPES",
            description = "TSV, VCF/BCF or HapMap files (sample ids unique across them)")
    List<Path> inputs;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "INDEX",
            description = "index file to write (replaced atomically)")
    Path out;

    @Override
    public Integer call() throws Exception {
        MarkerPanel panel = panelOptions.load(inputs.get(0));
        Library lib = Libraries.load(panel, inputs.toArray(Path[]::new));
        LibraryIndex.write(lib, out);
        spec.commandLine().getErr().println("indexed " + lib.size() + " profiles on " + panel + " into " + out);
        return 0;
    }
}
