package org.seedprint.matcher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seedprint.matcher.engine.DifferingLocus;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Explanation;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "The counts of one pair and every locus where they differ, with both genotypes.")
final class ExplainCommand implements Callable<Integer> {

    static final List<String> SUMMARY =
            List.of("first", "second", "compared", "identical", "differing", "similarity", "class", "allele_sharing");
    static final List<String> COLUMNS = List.of("locus", "first", "second");

    @Spec
    CommandSpec spec;

    @Mixin
    ThresholdOptions thresholdOptions;

    @Mixin
    LibraryOption libraryOption;

    @Option(names = "--query", paramLabel = "FILE", description = "take FIRST from this file instead of the library")
    Path query;

    @Parameters(index = "0", paramLabel = "FIRST", description = "sample id (in --query if given, else in the library)")
    String first;

    @Parameters(index = "1", paramLabel = "SECOND", description = "library sample id")
    String second;

    @Option(names = "--format", defaultValue = "tsv", description = "tsv or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Library library = libraryOption.load();
        MarkerPanel panel = library.panel();
        Library firstSource = query != null ? Libraries.load(panel, query) : library;
        int a = find(firstSource, first, query != null ? query.toString() : libraryOption.library.toString());
        int b = find(library, second, libraryOption.library.toString());
        Explanation x;
        try (Engine engine = libraryOption.engine(library, library.locusCount())) {
            x = engine.explain(firstSource.profile(a), b, thresholdOptions.thresholds());
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Object> summary = List.of(
                x.first(),
                x.second(),
                x.counts().compared(),
                x.counts().identical(),
                x.counts().differing(),
                x.counts().similarity(),
                x.classification().label(),
                x.alleleSharing());
        if (format == OutputFormat.tsv) {
            out.println("# " + format.header(SUMMARY));
            out.println("# " + format.line(SUMMARY, summary));
            out.println(format.header(COLUMNS));
            for (DifferingLocus d : x.differing()) {
                out.println(format.line(COLUMNS, List.of(d.locusId(), alleles(d.first()), alleles(d.second()))));
            }
        } else {
            List<Object> loci = x.differing().stream()
                    .<Object>map(d -> {
                        Map<String, Object> locus = new LinkedHashMap<>();
                        locus.put("locus", d.locusId());
                        locus.put("first", d.first());
                        locus.put("second", d.second());
                        return locus;
                    })
                    .toList();
            List<String> names = new ArrayList<>(SUMMARY);
            names.add("differing_loci");
            List<Object> values = new ArrayList<>(summary);
            values.add(loci);
            out.println(format.line(names, values));
        }
        out.flush();
        return 0;
    }

    static String alleles(List<String> a) {
        return a.isEmpty() ? "." : String.join("/", a);
    }

    static int find(Library lib, String id, String source) {
        int i = lib.indexOf(id);
        if (i < 0) throw new IllegalArgumentException(source + ": no sample " + id);
        return i;
    }
}
