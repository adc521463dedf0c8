package org.seedprint.registry.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedprint.matcher.io.Inputs;
import org.seedprint.registry.imports.ImportJob;
import org.seedprint.registry.imports.ImportRequest;
import org.seedprint.registry.imports.ImportService;
import org.seedprint.registry.varieties.VarietyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo library a new user sees at once: the real maize282 lines as germplasm accessions
 * (profiles over HapMap SNP windows of <= 300 bp with >= 2 SNPs, an MNP-like panel) and the
 * simulated rice library of {@link RiceSimulation}. Loaded through the ordinary import, so it
 * is idempotent.
 */
@Component
public class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    public static final String MAIZE_PANEL = "maize282-hapmap-windows";
    public static final String RICE_PANEL = "OsMNP-demo";

    private final DemoProperties props;
    private final ImportService imports;
    private final VarietyService varieties;

    DemoLoader(DemoProperties props, ImportService imports, VarietyService varieties) {
        this.props = props;
        this.imports = imports;
        this.varieties = varieties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void loadAtFirstStart() throws IOException {
        if (props.enabled() && varieties.count() == 0) load();
    }

    /** Imports both demo libraries (again: no-op); returns the two jobs, maize first. */
    public List<ImportJob> load() throws IOException {
        Path data = DemoData.locate(props.dataPath(), props.unpackPath());
        if (!DemoData.holdsLibraries(data)) {
            log.warn(
                    "Demo library not loaded: {} lacks maize282/ or demo-rice/, and the jar carries no copy",
                    data.toAbsolutePath());
            return List.of();
        }
        log.info("Demo library from {}", data.toAbsolutePath());
        long t0 = System.nanoTime();
        ImportJob maize = imports.runNow(maizeRequest(data.resolve("maize282")), "demo");
        Path rice = data.resolve("demo-rice");
        ImportJob riceJob = imports.runNow(
                new ImportRequest(
                        "ORYZA_SAT",
                        new ImportRequest.Part("demo-rice/varieties.csv", rice.resolve("varieties.csv")),
                        null,
                        List.of(new ImportRequest.Part("demo-rice/genotypes.tsv.gz", rice.resolve("genotypes.tsv.gz"))),
                        "TSV",
                        null,
                        new ImportRequest.Part("demo-rice/panel.bed", rice.resolve("panel.bed")),
                        RICE_PANEL,
                        "1",
                        null,
                        null,
                        "simulated",
                        "RiceSimulation seed " + RiceSimulation.SEED,
                        null,
                        null),
                "demo");
        log.info(
                "Demo library: maize282 {} ({}), rice {} ({}) in {} ms",
                maize.getStatus(),
                maize.getMessage(),
                riceJob.getStatus(),
                riceJob.getMessage(),
                (System.nanoTime() - t0) / 1_000_000);
        return List.of(maize, riceJob);
    }

    /**
     * maize282 lines as germplasm accessions with their subpopulation (the metadata spells some
     * names in another case, e.g. Mo17 for MO17), genotypes from the HapMap file.
     */
    private static ImportRequest maizeRequest(Path dir) throws IOException {
        Path hapmap = dir.resolve("mdp_genotype.hmp.txt");
        Map<String, String> subpop = new HashMap<>();
        List<String> metadata = Files.readAllLines(dir.resolve("mdp_taxa_metadata.csv"), StandardCharsets.UTF_8);
        for (String line : metadata.subList(1, metadata.size())) {
            String[] f = line.split(",", -1);
            if (f.length >= 2) subpop.put(f[0].trim().toLowerCase(Locale.ROOT), f[1].trim());
        }
        List<String> taxa;
        try (BufferedReader r = Inputs.reader(hapmap)) {
            String[] header = r.readLine().split("\t");
            taxa = Arrays.asList(header).subList(11, header.length);
        }
        StringBuilder csv = new StringBuilder("sample,denomination_latin,kind,status,population,accession_number\n");
        for (String t : taxa) {
            csv.append(t)
                    .append(',')
                    .append(t)
                    .append(",GERMPLASM_ACCESSION,ACTIVE,")
                    .append(subpop.getOrDefault(t.toLowerCase(Locale.ROOT), ""))
                    .append(",maize282:")
                    .append(t)
                    .append('\n');
        }
        Path lines = Files.createTempFile("maize282-lines", ".csv");
        lines.toFile().deleteOnExit();
        Files.writeString(lines, csv.toString(), StandardCharsets.UTF_8);
        return new ImportRequest(
                "ZEAAA_MAY",
                new ImportRequest.Part("maize282/lines.csv", lines),
                null,
                List.of(new ImportRequest.Part("maize282/mdp_genotype.hmp.txt", hapmap)),
                "HAPMAP",
                null,
                null,
                MAIZE_PANEL,
                "1",
                300,
                2,
                "Panzea / rTASSEL extdata (Flint-Garcia et al. 2005)",
                "SNP array (HapMap), SNP windows <= 300 bp as MNP-like loci",
                null,
                null);
    }
}
