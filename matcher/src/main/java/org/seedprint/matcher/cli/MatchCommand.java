package org.seedprint.matcher.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.HitSink;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = "Rank library profiles against every sample of the query file: one line per hit.")
final class MatchCommand implements Callable<Integer> {

    static final List<String> COLUMNS =
            List.of("query", "hit", "compared", "identical", "differing", "similarity", "class", "allele_sharing");

    @Spec
    CommandSpec spec;

    @Mixin
    ThresholdOptions thresholdOptions;

    @Mixin
    LibraryOption libraryOption;

    @Option(
            names = "--query",
            required = true,
            paramLabel = "FILE",
            description = "query genotypes (TSV, VCF/BCF or HapMap)")
    Path query;

    @Option(
            names = "--top",
            paramLabel = "K",
            description = "hits per query (default 10; with --min-similarity, no limit unless given)")
    Integer top;

    @Option(
            names = "--min-similarity",
            paramLabel = "T",
            description = "only hits with similarity >= T (exact early-stopping search)")
    Double minSimilarity;

    @Option(names = "--exclude-self", description = "drop hits with the query's own sample id")
    boolean excludeSelf;

    @Option(
            names = "--format",
            defaultValue = "tsv",
            description = "tsv or json (JSON Lines) (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Library library = libraryOption.load();
        MarkerPanel panel = library.panel();
        Library queries = Libraries.load(panel, query);
        Thresholds thresholds = thresholdOptions.thresholds();
        try (ResultWriter out = new ResultWriter(MatcherCli.results(spec), format, COLUMNS);
                Engine engine =
                        libraryOption.engine(library, (long) queries.size() * library.size() * library.locusCount());
                Progress progress = new Progress(spec.commandLine().getErr(), "match", queries.size())) {
            Ids hitIds = new Ids(library.size(), library::id, out.isJson());
            Ids queryIds = new Ids(queries.size(), queries::id, out.isJson());
            int limit = top != null ? top : (minSimilarity != null ? Integer.MAX_VALUE : 10);
            List<Profile> profiles = new ArrayList<>(queries.size());
            int[] self = new int[queries.size()];
            for (int q = 0; q < queries.size(); q++) {
                profiles.add(queries.profile(q));
                self[q] = excludeSelf ? library.indexOf(queries.id(q)) : -1;
            }
            int[] written = new int[queries.size()];
            int[] reported = {0};
            HitSink sink = (q, row, compared, identical, sharing, cls) -> {
                if (row == self[q] || written[q] == limit) return;
                written[q]++;
                out.id(queryIds.of(q))
                        .id(hitIds.of(row))
                        .integer(compared)
                        .integer(identical)
                        .integer(compared - identical)
                        .ratio(identical, compared)
                        .label(cls)
                        .decimal(sharing)
                        .end();
                for (; reported[0] < q; reported[0]++) progress.step();
            };
            if (minSimilarity != null) engine.atLeast(profiles, minSimilarity, thresholds, sink);
            else engine.top(profiles, (top != null ? top : 10) + (excludeSelf ? 1 : 0), thresholds, sink);
            for (; reported[0] < queries.size(); reported[0]++) progress.step();
        }
        return 0;
    }
}
