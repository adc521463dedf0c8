package org.seedprint.matcher.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedprint.matcher.engine.Comparison;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Hit;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
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
            for (int q = 0; q < queries.size(); q++) {
                String id = queries.id(q);
                int extra = excludeSelf ? 1 : 0;
                List<Hit> hits = minSimilarity != null
                        ? engine.atLeast(queries.profile(q), minSimilarity, thresholds)
                        : engine.top(queries.profile(q), (top != null ? top : 10) + extra, thresholds);
                int written = 0;
                for (Hit h : hits) {
                    if (written == limit) break;
                    if (excludeSelf && h.id().equals(id)) continue;
                    Comparison c = h.counts();
                    out.id(queryIds.of(q))
                            .id(hitIds.of(h.index()))
                            .integer(c.compared())
                            .integer(c.identical())
                            .integer(c.differing())
                            .ratio(c.identical(), c.compared())
                            .label(h.classification())
                            .decimal(h.alleleSharing())
                            .end();
                    written++;
                }
                progress.step();
            }
        }
        return 0;
    }
}
