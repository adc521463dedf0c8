package org.seedprint.registry.demo;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A seeded simulation of a rice variety library with a known pedigree, written as the files an
 * import takes: {@code panel.bed}, {@code genotypes.tsv.gz} (MNP lab TSV with depths) and
 * {@code varieties.csv}. Founders come from two subpopulations (indica, japonica) with their own
 * allele frequencies; crosses are recombinant inbreds of two parents; hybrids are F1s; derived
 * varieties (backcross, mutant, selection) copy an initial variety except at a few loci, which
 * makes them essentially derived (EDV) candidates of it. Same seed, same bytes.
 * <p>Run: {@code java ... org.seedprint.registry.demo.RiceSimulation data/demo-rice}
 */
public final class RiceSimulation {

    static final long SEED = 20261123L;
    static final int CHROMOSOMES = 12;
    static final int LOCI_PER_CHROMOSOME = 20;
    static final int FOUNDERS = 60;
    static final int CROSSES = 220;
    static final int HYBRIDS = 20;
    static final int DERIVED = 40;

    private static final String[][] SYLLABLES = {
        {"华", "hua"}, {"粳", "jing"}, {"丰", "feng"}, {"优", "you"}, {"香", "xiang"}, {"南", "nan"}, {"湘", "xiang"},
        {"中", "zhong"}, {"嘉", "jia"}, {"红", "hong"}, {"早", "zao"}, {"金", "jin"}, {"玉", "yu"}, {"福", "fu"},
        {"珍", "zhen"}, {"桂", "gui"}, {"黄", "huang"}, {"琼", "qiong"}, {"海", "hai"}, {"稻", "dao"}, {"农", "nong"},
        {"宁", "ning"}, {"川", "chuan"}, {"龙", "long"}
    };
    private static final String[] BREEDERS = {"DEMO-HNRI", "DEMO-NFSC", "DEMO-YZBS", "DEMO-SCAU"};
    private static final String[] BREEDER_NAMES = {
        "Hainan Rice Institute (demo)",
        "Nanfan Seed Co. (demo)",
        "Yazhou Bay Breeding Station (demo)",
        "South China Rice Lab (demo)"
    };
    private static final String[] BREEDER_NAMES_ZH = {"海南水稻研究所（演示）", "南繁种业（演示）", "崖州湾育种站（演示）", "华南水稻实验室（演示）"};

    private final Random rnd = new Random(SEED);
    private final int loci = CHROMOSOMES * LOCI_PER_CHROMOSOME;
    private final List<List<String>> alleles = new ArrayList<>();
    private final double[][][] freq = new double[2][loci][];
    private final List<Line> lines = new ArrayList<>();
    private final Set<String> usedNames = new LinkedHashSet<>();

    /** One simulated variety: its genotype (one or two allele indices per locus; -1 = missing) and facts. */
    record Line(
            String sample,
            String latin,
            String chinese,
            String kind,
            String status,
            String population,
            String derivation,
            @Nullable String female,
            @Nullable String male,
            @Nullable String recurrent,
            @Nullable String mutantOf,
            @Nullable String selectedFrom,
            @Nullable String breeder,
            int year,
            int[][] genotype) {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "data/demo-rice");
        new RiceSimulation().write(out);
        System.out.println("Simulated rice library written to " + out);
    }

    void write(Path dir) throws IOException {
        simulate();
        Files.createDirectories(dir);
        writeBed(dir.resolve("panel.bed"));
        writeGenotypes(dir.resolve("genotypes.tsv.gz"));
        writeVarieties(dir.resolve("varieties.csv"));
    }

    List<Line> simulate() {
        if (!lines.isEmpty()) return lines;
        for (int l = 0; l < loci; l++) {
            int n = 3 + rnd.nextInt(6);
            Set<String> hs = new LinkedHashSet<>();
            while (hs.size() < n) hs.add(haplotype(8));
            alleles.add(new ArrayList<>(hs));
            for (int g = 0; g < 2; g++) {
                double[] w = new double[n];
                for (int a = 0; a < n; a++) w[a] = Math.pow(rnd.nextDouble(), 2.5);
                freq[g][l] = w;
            }
        }
        for (int i = 0; i < FOUNDERS; i++) {
            int group = i % 2;
            int[][] g = new int[loci][];
            for (int l = 0; l < loci; l++) g[l] = new int[] {draw(freq[group][l])};
            add(
                    "GERMPLASM_ACCESSION",
                    "ACTIVE",
                    group == 0 ? "indica" : "japonica",
                    "LANDRACE",
                    null,
                    null,
                    null,
                    null,
                    null,
                    g,
                    1950 + rnd.nextInt(30));
        }
        for (int i = 0; i < CROSSES; i++) {
            Line a = pick(null), b = other(a, a.population());
            add(
                    "AUTHORISED",
                    "GRANTED",
                    a.population(),
                    "CROSS",
                    a.latin(),
                    b.latin(),
                    null,
                    null,
                    null,
                    recombinant(a.genotype(), b.genotype()),
                    1985 + i / 8);
        }
        for (int i = 0; i < HYBRIDS; i++) {
            Line a = pick("indica"), b = other(a, "indica");
            int[][] g = new int[loci][];
            for (int l = 0; l < loci; l++) {
                int[] x = a.genotype()[l], y = b.genotype()[l];
                if (x.length == 0 || y.length == 0) g[l] = new int[0];
                else g[l] = x[0] == y[0] ? new int[] {x[0]} : new int[] {Math.min(x[0], y[0]), Math.max(x[0], y[0])};
            }
            add(
                    "AUTHORISED",
                    "GRANTED",
                    "indica hybrid",
                    "CROSS",
                    a.latin(),
                    b.latin(),
                    null,
                    null,
                    null,
                    g,
                    2010 + i / 4);
        }
        for (int i = 0; i < DERIVED; i++) {
            Line initial = lines.get(FOUNDERS + rnd.nextInt(CROSSES));
            int[][] g = copy(initial.genotype());
            switch (i % 3) {
                case 0 -> {
                    // BC3F6: a few donor segments survive (about 1/16 of the genome at most)
                    Line donor = pick(null);
                    for (int s = 0; s < 4 && differing(g, initial.genotype()) < 4; s++) {
                        int start = rnd.nextInt(loci - 6), len = 2 + rnd.nextInt(5);
                        for (int l = start; l < start + len; l++) g[l] = donor.genotype()[l].clone();
                    }
                    add(
                            "CANDIDATE",
                            "UNDER_EXAMINATION",
                            initial.population(),
                            "BACKCROSS",
                            null,
                            donor.latin(),
                            initial.latin(),
                            null,
                            null,
                            g,
                            2024);
                }
                case 1 -> {
                    for (int k = 0; k < 4 + rnd.nextInt(5); k++) {
                        int l = rnd.nextInt(loci);
                        g[l] = new int[] {newAllele(l)};
                    }
                    add(
                            "CANDIDATE",
                            "UNDER_EXAMINATION",
                            initial.population(),
                            "MUTATION",
                            null,
                            null,
                            null,
                            initial.latin(),
                            null,
                            g,
                            2025);
                }
                default -> {
                    // off-type selection: residual heterozygosity fixed the other way at a few loci
                    double[][] f = freq[initial.population().startsWith("japonica") ? 1 : 0];
                    for (int k = 0; k < 4 + rnd.nextInt(6); k++) {
                        int l = rnd.nextInt(loci);
                        int[] was = g[l];
                        while (f[l].length > 1 && Arrays.equals(g[l], was)) g[l] = new int[] {draw(f[l])};
                    }
                    add(
                            "AUTHORISED",
                            "GRANTED",
                            initial.population(),
                            "SELECTION",
                            null,
                            null,
                            null,
                            null,
                            initial.latin(),
                            g,
                            2023);
                }
            }
        }
        return lines;
    }

    private void add(
            String kind,
            String status,
            String population,
            String derivation,
            @Nullable String female,
            @Nullable String male,
            @Nullable String recurrent,
            @Nullable String mutantOf,
            @Nullable String selectedFrom,
            int[][] g,
            int year) {
        String[] name = name();
        for (int l = 0; l < loci; l++) if (rnd.nextDouble() < 0.01) g[l] = new int[0];
        lines.add(new Line(
                String.format(Locale.ROOT, "OS%04d", lines.size() + 1),
                name[1],
                name[0],
                kind,
                status,
                population,
                derivation,
                female,
                male,
                recurrent,
                mutantOf,
                selectedFrom,
                kind.equals("GERMPLASM_ACCESSION") ? null : BREEDERS[rnd.nextInt(BREEDERS.length)],
                year,
                g));
    }

    private Line pick(@Nullable String population) {
        while (true) {
            Line l = lines.get(rnd.nextInt(lines.size()));
            if (!l.population().contains("hybrid")
                    && (population == null || l.population().equals(population))) return l;
        }
    }

    /** A parent other than {@code a}: a line crossed with itself would be a copy, not a cross. */
    private Line other(Line a, String population) {
        while (true) {
            Line b = pick(population);
            if (!b.equals(a)) return b;
        }
    }

    private int[][] recombinant(int[][] a, int[][] b) {
        int[][] g = new int[loci][];
        for (int c = 0; c < CHROMOSOMES; c++) {
            boolean fromA = rnd.nextBoolean();
            for (int k = 0; k < LOCI_PER_CHROMOSOME; k++) {
                if (rnd.nextDouble() < 0.12) fromA = !fromA;
                int l = c * LOCI_PER_CHROMOSOME + k;
                int[] src = fromA ? a[l] : b[l];
                g[l] = src.length == 0 ? (fromA ? b[l] : a[l]).clone() : src.clone();
            }
        }
        return g;
    }

    private static int differing(int[][] a, int[][] b) {
        int n = 0;
        for (int l = 0; l < a.length; l++) if (!Arrays.equals(a[l], b[l])) n++;
        return n;
    }

    private static int[][] copy(int[][] g) {
        int[][] c = new int[g.length][];
        for (int i = 0; i < g.length; i++) c[i] = g[i].clone();
        return c;
    }

    private int newAllele(int l) {
        alleles.get(l).add(haplotype(8));
        return alleles.get(l).size() - 1;
    }

    private int draw(double[] w) {
        double sum = 0;
        for (double x : w) sum += x;
        double r = rnd.nextDouble() * sum;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r <= 0) return i;
        }
        return w.length - 1;
    }

    private String haplotype(int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) sb.append("ACGT".charAt(rnd.nextInt(4)));
        return sb.toString();
    }

    /** A fresh denomination: Chinese and its pinyin, e.g. 华粳37 / Huajing 37. */
    private String[] name() {
        while (true) {
            String[] a = SYLLABLES[rnd.nextInt(SYLLABLES.length)], b = SYLLABLES[rnd.nextInt(SYLLABLES.length)];
            if (a == b) continue;
            int n = 1 + rnd.nextInt(999);
            String latin = Character.toUpperCase(a[1].charAt(0)) + a[1].substring(1) + b[1] + " " + n;
            if (usedNames.add(latin.toLowerCase(Locale.ROOT).replace(" ", "")))
                return new String[] {a[0] + b[0] + n, latin};
        }
    }

    private void writeBed(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < CHROMOSOMES; c++) {
            for (int k = 0; k < LOCI_PER_CHROMOSOME; k++) {
                int start = 100_000 + k * 1_500_000 + c * 7_919;
                sb.append("Chr")
                        .append(c + 1)
                        .append('\t')
                        .append(start)
                        .append('\t')
                        .append(start + 180 + (k * 37) % 120)
                        .append('\t')
                        .append(locusId(c * LOCI_PER_CHROMOSOME + k))
                        .append('\n');
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** The allele (haplotype) of this index at locus {@code l}; after {@link #simulate()}. */
    String allele(int l, int index) {
        return alleles.get(l).get(index);
    }

    /** How many alleles locus {@code l} has (mutants add new ones); after {@link #simulate()}. */
    int alleleCount(int l) {
        return alleles.get(l).size();
    }

    int loci() {
        return loci;
    }

    static String locusId(int l) {
        return String.format(Locale.ROOT, "OsMNP%02d_%02d", l / LOCI_PER_CHROMOSOME + 1, l % LOCI_PER_CHROMOSOME + 1);
    }

    private void writeGenotypes(Path file) throws IOException {
        Random depth = new Random(SEED + 1);
        try (Writer w =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            w.write("sample\tlocus\talleles\tdepths\n");
            for (Line line : lines) {
                for (int l = 0; l < loci; l++) {
                    int[] g = line.genotype()[l];
                    StringBuilder a = new StringBuilder(), d = new StringBuilder();
                    for (int i = 0; i < g.length; i++) {
                        if (i > 0) {
                            a.append('/');
                            d.append('/');
                        }
                        a.append(alleles.get(l).get(g[i]));
                        d.append(20 + depth.nextInt(180));
                    }
                    w.write(line.sample() + "\t" + locusId(l) + "\t" + (g.length == 0 ? "." : a) + "\t"
                            + (g.length == 0 ? "." : d) + "\n");
                }
            }
        }
    }

    private void writeVarieties(Path file) throws IOException {
        StringBuilder sb =
                new StringBuilder("sample,denomination_latin,denomination_chinese,kind,status,population,derivation,"
                        + "female,male,recurrent,mutant_of,selected_from,breeder_code,breeder_name,breeder_name_chinese,breeder_country,"
                        + "accession_number,application_number,application_date,grant_number,grant_date\n");
        int n = 0;
        for (Line l : lines) {
            n++;
            int b = l.breeder() == null ? -1 : List.of(BREEDERS).indexOf(l.breeder());
            boolean granted = l.status().equals("GRANTED");
            boolean applied = !l.kind().equals("GERMPLASM_ACCESSION");
            sb.append(String.join(
                            ",",
                            l.sample(),
                            l.latin(),
                            l.chinese(),
                            l.kind(),
                            l.status(),
                            l.population(),
                            l.derivation(),
                            s(l.female()),
                            s(l.male()),
                            s(l.recurrent()),
                            s(l.mutantOf()),
                            s(l.selectedFrom()),
                            b < 0 ? "" : BREEDERS[b],
                            b < 0 ? "" : BREEDER_NAMES[b],
                            b < 0 ? "" : BREEDER_NAMES_ZH[b],
                            b < 0 ? "" : "CHN",
                            b < 0 ? String.format(Locale.ROOT, "DEMO-ORY-%05d", n) : "",
                            applied ? String.format(Locale.ROOT, "%d%05d.%d", l.year(), n, n % 10) : "",
                            applied ? l.year() + "-03-15" : "",
                            granted ? String.format(Locale.ROOT, "CNA%d%05d", l.year() + 2, n) : "",
                            granted ? (l.year() + 2) + "-09-01" : ""))
                    .append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String s(@Nullable String v) {
        return v == null ? "" : v;
    }
}
