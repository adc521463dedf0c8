package org.seedprint.matcher.cli;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seedprint.matcher.io.AmpliconCaller;
import org.seedprint.matcher.io.GenotypeTsvWriter;
import org.seedprint.matcher.panel.BedReader;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.InvalidCallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "call",
        mixinStandardHelpOptions = true,
        description =
                "Call MNP haplotypes from aligned amplicon reads (BAM, CRAM, SAM) into the genotype TSV with depths.")
final class CallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--panel", required = true, paramLabel = "BED", description = "marker panel (BED)")
    Path panelBed;

    @Option(
            names = "--panel-version",
            defaultValue = "1",
            description = "version recorded with the panel (default: ${DEFAULT-VALUE})")
    String panelVersion;

    @Parameters(
            arity = "1..*",
            paramLabel = "READS",
            description = "BAM, CRAM or SAM files; samples come from read groups (SM), else the file name")
    List<Path> reads;

    @Option(names = "--reference", paramLabel = "FASTA", description = "reference, needed for CRAM")
    Path reference;

    @Option(
            names = "--min-depth",
            defaultValue = "10",
            description = "keep haplotypes with at least this many reads (default: ${DEFAULT-VALUE})")
    int minDepth;

    @Option(
            names = "--min-freq",
            defaultValue = "0.05",
            description = "keep haplotypes with at least this share of the locus's reads (default: ${DEFAULT-VALUE})")
    double minFreq;

    @Option(
            names = "--min-mapq",
            defaultValue = "20",
            description = "ignore reads with lower mapping quality (default: ${DEFAULT-VALUE})")
    int minMapq;

    @Option(
            names = "--keep-duplicates",
            description =
                    "count reads flagged as duplicates (amplicon data are duplicates by design when not deduplicated by UMI)")
    boolean keepDuplicates;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "TSV",
            description = "output file (default: standard output); written only when every input succeeded")
    Path out;

    @Override
    public Integer call() throws Exception {
        MarkerPanel panel =
                BedReader.read(panelBed, panelBed.getFileName().toString().replaceFirst("\\.bed$", ""), panelVersion);
        AmpliconCaller caller =
                new AmpliconCaller(panel, new AmpliconCaller.Settings(minDepth, minFreq, minMapq, keepDuplicates));
        StringWriter buffer = new StringWriter();
        GenotypeTsvWriter writer = new GenotypeTsvWriter(panel, buffer);
        Map<String, Path> fileOfSample = new HashMap<>();
        try (Progress progress = new Progress(spec.commandLine().getErr(), "call", reads.size())) {
            for (Path file : reads) {
                caller.call(file, reference, (sample, locus, alleles, depths) -> {
                    Path first = fileOfSample.putIfAbsent(sample, file);
                    if (first != null && !first.equals(file)) {
                        throw new InvalidCallException(
                                "sample", "sample " + sample + " is in both " + first + " and " + file);
                    }
                    writer.accept(sample, locus, alleles, depths);
                });
                progress.step();
            }
        }
        if (out == null) {
            spec.commandLine().getOut().print(buffer);
            spec.commandLine().getOut().flush();
        } else {
            // beside the target (same file system, so the rename is atomic), with the umask's permissions
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            Files.writeString(tmp, buffer.toString());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return 0;
    }
}
