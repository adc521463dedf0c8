package org.seedprint.matcher.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Pair;
import org.seedprint.matcher.profile.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "pairs",
        mixinStandardHelpOptions = true,
        description = "All pairs of library profiles with similarity at or above a threshold, best first.")
final class PairsCommand implements Callable<Integer> {

    static final List<String> COLUMNS =
            List.of("first", "second", "compared", "identical", "differing", "similarity", "class", "allele_sharing");

    @Spec
    CommandSpec spec;

    @Mixin
    ThresholdOptions thresholdOptions;

    @Mixin
    LibraryOption libraryOption;

    @Option(
            names = "--min-similarity",
            defaultValue = "0.9",
            paramLabel = "T",
            description = "similarity threshold (default: ${DEFAULT-VALUE})")
    double minSimilarity;

    @Option(
            names = "--format",
            defaultValue = "tsv",
            description = "tsv or json (JSON Lines) (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Library library = libraryOption.load();
        PrintWriter out = spec.commandLine().getOut();
        String header = format.header(COLUMNS);
        if (header != null) out.println(header);
        try (Engine engine = libraryOption.engine(
                library, (long) library.size() * (library.size() - 1) / 2 * library.locusCount())) {
            for (Pair p : engine.pairs(minSimilarity, thresholdOptions.thresholds())) {
                out.println(format.line(
                        COLUMNS,
                        List.of(
                                p.idA(),
                                p.idB(),
                                p.counts().compared(),
                                p.counts().identical(),
                                p.counts().differing(),
                                p.similarity(),
                                p.classification().label(),
                                p.alleleSharing())));
            }
        }
        out.flush();
        return 0;
    }
}
