package org.seedprint.matcher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.ParentSearch;
import org.seedprint.matcher.engine.ParentSearch.ParentPair;
import org.seedprint.matcher.engine.PedigreeCheck;
import org.seedprint.matcher.engine.PedigreeRule;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "parents",
        mixinStandardHelpOptions = true,
        description = {
            "Parent search for hybrid candidates: the library lines whose genotype is contained in the candidate's,",
            "and the pairs of them that explain it best, ranked. With --parents, the claimed-pedigree check instead:",
            "the loci the two given lines do not explain."
        })
final class ParentsCommand implements Callable<Integer> {

    static final List<String> PAIR_COLUMNS = List.of(
            "candidate", "rank", "first", "second", "explained", "unexplained", "not_compared", "explained_share");
    static final List<String> LOCUS_COLUMNS = List.of("locus", "candidate", "first", "second");

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption libraryOption;

    @Option(
            names = "--query",
            paramLabel = "FILE",
            description = "candidates' genotypes (else --sample names a library profile)")
    Path query;

    @Option(
            names = "--sample",
            paramLabel = "ID",
            description = "only this candidate (in --query if given, else in the library)")
    String sample;

    @Option(
            names = "--parents",
            split = ",",
            paramLabel = "FIRST,SECOND",
            description = "check these two library lines as the claimed parents")
    List<String> parents;

    @Option(
            names = "--rule",
            defaultValue = "f1",
            description =
                    "f1 (one allele from each parent) or alleles (every allele in a parent) (default: ${DEFAULT-VALUE})")
    String rule;

    @Option(names = "--top", defaultValue = "10", description = "pairs per candidate (default: ${DEFAULT-VALUE})")
    int top;

    @Option(
            names = "--max-lines",
            defaultValue = "50",
            description = "candidate parent lines kept for the pair search (default: ${DEFAULT-VALUE})")
    int maxLines;

    @Option(
            names = "--min-containment",
            defaultValue = "0.9",
            description =
                    "least share of compared loci where a line's alleles are all in the candidate (default: ${DEFAULT-VALUE})")
    double minContainment;

    @Option(
            names = "--max-similarity",
            defaultValue = "0.95",
            description =
                    "lines this similar to the candidate are copies of it, not parents (default: ${DEFAULT-VALUE})")
    double maxSimilarity;

    @Option(
            names = "--min-compared",
            defaultValue = "0.5",
            description = "least share of panel loci compared with a line (default: ${DEFAULT-VALUE})")
    double minCompared;

    @Option(
            names = "--format",
            defaultValue = "tsv",
            description = "tsv or json (JSON Lines) (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Library library = libraryOption.load();
        Library source = query != null ? Libraries.load(library.panel(), query) : library;
        if (query == null && sample == null) throw new IllegalArgumentException("give --query FILE or --sample ID");
        List<Profile> candidates = new ArrayList<>();
        if (sample != null)
            candidates.add(source.profile(
                    ExplainCommand.find(source, sample, query != null ? query.toString() : "the library")));
        else for (int i = 0; i < source.size(); i++) candidates.add(source.profile(i));
        PedigreeRule pedigreeRule = PedigreeRule.of(rule);
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine =
                libraryOption.engine(library, (long) candidates.size() * library.size() * library.locusCount())) {
            if (parents != null) {
                if (parents.size() != 2)
                    throw new IllegalArgumentException("--parents takes two library ids: FIRST,SECOND");
                int a = ExplainCommand.find(library, parents.get(0), "the library"),
                        b = ExplainCommand.find(library, parents.get(1), "the library");
                for (Profile c : candidates) check(out, engine.pedigree(c, a, b, pedigreeRule));
            } else {
                ParentSearch.Options options = new ParentSearch.Options(
                        pedigreeRule, minContainment, maxSimilarity, minCompared, maxLines, top);
                String header = format.header(PAIR_COLUMNS);
                if (header != null) out.println(header);
                for (Profile c : candidates) {
                    List<ParentPair> pairs = engine.parents(c, options).pairs();
                    for (int r = 0; r < pairs.size(); r++) {
                        ParentPair p = pairs.get(r);
                        out.println(format.line(
                                PAIR_COLUMNS,
                                List.of(
                                        c.id(),
                                        r + 1,
                                        p.firstId(),
                                        p.secondId(),
                                        p.explained(),
                                        p.unexplained(),
                                        p.notCompared(),
                                        p.explainedShare())));
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private void check(PrintWriter out, PedigreeCheck c) {
        List<String> summary = List.of(
                "candidate", "first", "second", "rule", "explained", "unexplained", "not_compared", "explained_share");
        List<Object> values = List.of(
                c.candidate(),
                c.firstParent(),
                c.secondParent(),
                c.rule().label(),
                c.explained(),
                c.unexplained(),
                c.notCompared(),
                c.explainedShare());
        if (format == OutputFormat.tsv) {
            out.println("# " + format.header(summary));
            out.println("# " + format.line(summary, values));
            out.println(format.header(LOCUS_COLUMNS));
            for (PedigreeCheck.UnexplainedLocus u : c.unexplainedLoci())
                out.println(format.line(
                        LOCUS_COLUMNS,
                        List.of(
                                u.locusId(),
                                ExplainCommand.alleles(u.candidate()),
                                ExplainCommand.alleles(u.firstParent()),
                                ExplainCommand.alleles(u.secondParent()))));
        } else {
            List<String> names = new ArrayList<>(summary);
            names.add("unexplained_loci");
            List<Object> all = new ArrayList<>(values);
            List<Object> loci = new ArrayList<>();
            for (PedigreeCheck.UnexplainedLocus u : c.unexplainedLoci()) loci.add(u.locusId());
            all.add(loci);
            out.println(format.line(names, all));
        }
    }
}
