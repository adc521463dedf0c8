package org.seedprint.registry.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Examination candidates made from the {@link RiceSimulation}'s library, each with the truth it
 * was built to: new recombinant inbreds of an indica and a japonica line (distinct: no library line
 * is 85% similar), copies of a library line with one or two changed loci (indistinct), copies of an
 * authorised cross with 6-12 changed loci (EDV candidates of it), F1s of two indica inbreds with the
 * true, with false or with no claimed parents (distinct from both parents), and lines called at a
 * quarter of the loci (inconclusive). Seeded: the same seed gives the same candidates.
 */
final class RiceCandidates {

    /** What a candidate is, by construction. */
    enum Kind {
        DISTINCT("distinct"),
        INDISTINCT("indistinct"),
        EDV("edv-candidate"),
        HYBRID_TRUE_PARENTS("distinct"),
        HYBRID_FALSE_PARENTS("distinct"),
        HYBRID_UNCLAIMED("distinct"),
        INCONCLUSIVE("inconclusive");

        /** The screening class the candidate must get. */
        final String truth;

        Kind(String truth) {
            this.truth = truth;
        }

        boolean hybrid() {
            return name().startsWith("HYBRID");
        }
    }

    /**
     * One candidate.
     *
     * @param origin      the library line it copies (copies, EDVs) or null
     * @param trueFemale  its true parents (new lines and hybrids) or null
     * @param genotype    allele indices per locus of the simulation ({} = missing)
     */
    record Candidate(
            String number,
            String latin,
            Kind kind,
            @Nullable String female,
            @Nullable String male,
            String derivation,
            RiceSimulation.@Nullable Line origin,
            RiceSimulation.@Nullable Line trueFemale,
            RiceSimulation.@Nullable Line trueMale,
            int[][] genotype) {}

    /** How many candidates of each kind. */
    record Mix(
            int distinct,
            int indistinct,
            int edv,
            int hybridsTrue,
            int hybridsFalse,
            int hybridsUnclaimed,
            int inconclusive) {}

    private final RiceSimulation sim;
    private final List<RiceSimulation.Line> lines;
    private final List<RiceSimulation.Line> indica = new ArrayList<>();
    private final List<RiceSimulation.Line> japonica = new ArrayList<>();
    private final Random rnd;

    RiceCandidates(RiceSimulation sim, long seed) {
        this.sim = sim;
        this.lines = sim.simulate();
        this.rnd = new Random(seed);
        // inbreds: the founders and the recombinant crosses (hybrids and derived lines come after)
        for (RiceSimulation.Line l : lines.subList(0, RiceSimulation.FOUNDERS + RiceSimulation.CROSSES)) {
            if (l.population().equals("indica")) indica.add(l);
            else if (l.population().equals("japonica")) japonica.add(l);
        }
    }

    List<Candidate> make(String prefix, Mix mix) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < mix.distinct(); i++) out.add(newLine(number(prefix, out)));
        for (int i = 0; i < mix.indistinct(); i++) out.add(copy(number(prefix, out)));
        for (int i = 0; i < mix.edv(); i++) out.add(edv(number(prefix, out)));
        for (int i = 0; i < mix.hybridsTrue(); i++) out.add(hybrid(number(prefix, out), Kind.HYBRID_TRUE_PARENTS));
        for (int i = 0; i < mix.hybridsFalse(); i++) out.add(hybrid(number(prefix, out), Kind.HYBRID_FALSE_PARENTS));
        for (int i = 0; i < mix.hybridsUnclaimed(); i++) out.add(hybrid(number(prefix, out), Kind.HYBRID_UNCLAIMED));
        for (int i = 0; i < mix.inconclusive(); i++) out.add(sparse(number(prefix, out)));
        return out;
    }

    private static String number(String prefix, List<Candidate> made) {
        return String.format(Locale.ROOT, "%s-%03d", prefix, made.size() + 1);
    }

    private static String latin(String number) {
        return "Cand " + number.replace('-', ' ');
    }

    private Candidate newLine(String number) {
        while (true) {
            RiceSimulation.Line a = pick(indica), b = pick(japonica);
            int[][] g = recombinant(a.genotype(), b.genotype());
            if (maxSimilarity(g) >= 0.85) continue;
            return new Candidate(number, latin(number), Kind.DISTINCT, a.latin(), b.latin(), "CROSS", null, a, b, g);
        }
    }

    private Candidate copy(String number) {
        RiceSimulation.Line x = lines.get(rnd.nextInt(lines.size()));
        int[][] g = changed(x.genotype(), 1 + rnd.nextInt(2));
        return new Candidate(number, latin(number), Kind.INDISTINCT, null, null, "SELECTION", x, null, null, g);
    }

    private Candidate edv(String number) {
        while (true) {
            RiceSimulation.Line x = lines.get(RiceSimulation.FOUNDERS + rnd.nextInt(RiceSimulation.CROSSES));
            int[][] g = changed(x.genotype(), 6 + rnd.nextInt(7));
            // an EDV of x alone: at least 90% like x, and no library line within two loci
            if (similarity(g, x.genotype()) < 0.9 || minDiffering(g) <= 2) continue;
            return new Candidate(number, latin(number), Kind.EDV, x.latin(), null, "SELECTION", x, null, null, g);
        }
    }

    private Candidate hybrid(String number, Kind kind) {
        while (true) {
            RiceSimulation.Line a = pick(indica), b = pick(indica);
            if (a.equals(b) || similarity(a.genotype(), b.genotype()) > 0.75) continue;
            int[][] g = f1(a.genotype(), b.genotype());
            if (maxSimilarity(g) >= 0.85) continue;
            String female = null, male = null;
            if (kind == Kind.HYBRID_TRUE_PARENTS) {
                female = a.latin();
                male = b.latin();
            } else if (kind == Kind.HYBRID_FALSE_PARENTS) {
                RiceSimulation.Line c = pick(indica), d = pick(indica);
                if (c.equals(d) || List.of(a, b).contains(c) || List.of(a, b).contains(d)) continue;
                female = c.latin();
                male = d.latin();
            }
            return new Candidate(number, latin(number), kind, female, male, "HYBRID", null, a, b, g);
        }
    }

    private Candidate sparse(String number) {
        RiceSimulation.Line x = lines.get(rnd.nextInt(lines.size()));
        int[][] g = copyOf(x.genotype());
        for (int l = 0; l < g.length; l++) if (l % 4 != 0) g[l] = new int[0];
        return new Candidate(number, latin(number), Kind.INCONCLUSIVE, null, null, "UNKNOWN", x, null, null, g);
    }

    private RiceSimulation.Line pick(List<RiceSimulation.Line> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    /** One crossover in eight loci or so, as the simulation's crosses; a missing call taken from the other parent. */
    private int[][] recombinant(int[][] a, int[][] b) {
        int per = a.length / RiceSimulation.CHROMOSOMES;
        int[][] g = new int[a.length][];
        for (int c = 0; c < RiceSimulation.CHROMOSOMES; c++) {
            boolean fromA = rnd.nextBoolean();
            for (int k = 0; k < per; k++) {
                if (rnd.nextDouble() < 0.12) fromA = !fromA;
                int l = c * per + k;
                int[] src = fromA ? a[l] : b[l];
                g[l] = (src.length == 0 ? (fromA ? b[l] : a[l]) : src).clone();
            }
        }
        return g;
    }

    /** The F1 of two inbreds: one allele of each; missing where either parent is. */
    private static int[][] f1(int[][] a, int[][] b) {
        int[][] g = new int[a.length][];
        for (int l = 0; l < a.length; l++) {
            if (a[l].length == 0 || b[l].length == 0) g[l] = new int[0];
            else if (a[l][0] == b[l][0]) g[l] = new int[] {a[l][0]};
            else g[l] = new int[] {Math.min(a[l][0], b[l][0]), Math.max(a[l][0], b[l][0])};
        }
        return g;
    }

    /** A copy with {@code n} called loci set to another allele of the locus (homozygous). */
    private int[][] changed(int[][] g, int n) {
        int[][] c = copyOf(g);
        List<Integer> called = new ArrayList<>();
        for (int l = 0; l < c.length; l++) if (c[l].length > 0 && sim.alleleCount(l) > 1) called.add(l);
        java.util.Collections.shuffle(called, rnd);
        for (int l : called.subList(0, n)) {
            int a;
            do a = rnd.nextInt(sim.alleleCount(l));
            while (c[l].length == 1 && a == c[l][0]);
            c[l] = new int[] {a};
        }
        return c;
    }

    private static int[][] copyOf(int[][] g) {
        int[][] c = new int[g.length][];
        for (int i = 0; i < g.length; i++) c[i] = g[i].clone();
        return c;
    }

    /** identical / compared as the matcher counts them (a locus compared where both are called). */
    static double similarity(int[][] a, int[][] b) {
        int compared = 0, identical = 0;
        for (int l = 0; l < a.length; l++) {
            if (a[l].length == 0 || b[l].length == 0) continue;
            compared++;
            if (Arrays.equals(a[l], b[l])) identical++;
        }
        return compared == 0 ? 0 : (double) identical / compared;
    }

    private double maxSimilarity(int[][] g) {
        double best = 0;
        for (RiceSimulation.Line l : lines) best = Math.max(best, similarity(g, l.genotype()));
        return best;
    }

    private int minDiffering(int[][] g) {
        int best = Integer.MAX_VALUE;
        for (RiceSimulation.Line line : lines) {
            int d = 0;
            for (int l = 0; l < g.length; l++)
                if (g[l].length > 0 && line.genotype()[l].length > 0 && !Arrays.equals(g[l], line.genotype()[l])) d++;
            best = Math.min(best, d);
        }
        return best;
    }

    /** The applications CSV of these candidates (columns of docs/examination.md). */
    static String csv(List<Candidate> candidates, String applicant, String filingDate) {
        StringBuilder sb = new StringBuilder(
                "application_number,applicant,crop,denomination_latin,female,male,derivation,filing_date\n");
        for (Candidate c : candidates) {
            sb.append(String.join(
                            ",",
                            c.number(),
                            applicant,
                            "ORYZA_SAT",
                            c.latin(),
                            c.female() == null ? "" : c.female(),
                            c.male() == null ? "" : c.male(),
                            c.derivation(),
                            filingDate))
                    .append('\n');
        }
        return sb.toString();
    }

    /** The candidates' genotypes as the simulation's lab TSV (sample = application number). */
    String tsv(List<Candidate> candidates) {
        StringBuilder sb = new StringBuilder("sample\tlocus\talleles\tdepths\n");
        for (Candidate c : candidates) {
            for (int l = 0; l < c.genotype().length; l++) {
                int[] g = c.genotype()[l];
                sb.append(c.number())
                        .append('\t')
                        .append(RiceSimulation.locusId(l))
                        .append('\t');
                if (g.length == 0) sb.append(".\t.");
                else if (g.length == 1) sb.append(sim.allele(l, g[0])).append("\t40");
                else
                    sb.append(sim.allele(l, g[0]))
                            .append('/')
                            .append(sim.allele(l, g[1]))
                            .append("\t40/40");
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
