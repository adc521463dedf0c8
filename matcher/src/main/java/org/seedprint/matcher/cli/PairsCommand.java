package org.seedprint.matcher.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.seedprint.matcher.engine.Engine;
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
        try (ResultWriter out = new ResultWriter(MatcherCli.results(spec), format, COLUMNS);
                Engine engine = libraryOption.engine(
                        library, (long) library.size() * (library.size() - 1) / 2 * library.locusCount())) {
            Ids ids = new Ids(library.size(), library::id, out.isJson());
            engine.pairs(
                    minSimilarity,
                    thresholdOptions.thresholds(),
                    (a, b, compared, identical, sharing, cls) -> out.id(ids.of(a))
                            .id(ids.of(b))
                            .integer(compared)
                            .integer(identical)
                            .integer(compared - identical)
                            .ratio(identical, compared)
                            .label(cls)
                            .decimal(sharing)
                            .end());
        }
        return 0;
    }
}
