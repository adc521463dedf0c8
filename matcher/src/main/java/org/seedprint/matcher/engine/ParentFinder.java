package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.engine.ParentSearch.Line;
import org.seedprint.matcher.engine.ParentSearch.ParentPair;
import org.seedprint.matcher.engine.PedigreeCheck.UnexplainedLocus;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;

/**
 * Parent search and the claimed-pedigree check for one candidate, on allele masks
 * ({@link AlleleSets}): a line's genotype is contained in the candidate's at a locus when its mask has
 * no allele outside the candidate's; a pair explains a locus under its {@link PedigreeRule}. The
 * containment scan reads every library row once (a table lookup per locus, in parallel tasks); the
 * pair search then compares the kept lines two by two.
 */
final class ParentFinder {

    private final Engine e;
    private final EncodedQuery q;
    private final Library lib;
    private final AlleleSets sets;

    ParentFinder(Engine e, EncodedQuery q) {
        this.e = e;
        this.q = q;
        this.lib = e.library();
        this.sets = e.sets;
    }

    ParentSearch search(ParentSearch.Options options) {
        int m = e.m;
        AlleleDictionary dict = lib.dictionary();
        // contained[locus offset + code]: the line's genotype is contained in the candidate's
        int[] offset = new int[m + 1];
        for (int l = 0; l < m; l++) offset[l + 1] = offset[l] + dict.genotypeCount(l) + 1;
        boolean[] contained = new boolean[offset[m]];
        for (int l = 0; l < m; l++) {
            if (q.codes[l] == AlleleDictionary.MISSING) continue;
            for (int c = 1, g = dict.genotypeCount(l); c <= g; c++) contained[offset[l] + c] = inside(sets.at(l, c), l);
        }
        int minCompared = (int) Math.ceil(options.minCompared() * m - 1e-9);
        String self = q.profile.id();
        List<List<Line>> parts = e.tasks().chunks(0, e.n, (from, to) -> {
            List<Line> lines = new ArrayList<>();
            for (int row = from; row < to; row++) {
                int compared = 0, inside = 0;
                for (int l = 0; l < m; l++) {
                    int c = lib.code(row, l);
                    if (c == 0 || q.codes[l] == AlleleDictionary.MISSING) continue;
                    compared++;
                    if (contained[offset[l] + c]) inside++;
                }
                if (compared == 0 || compared < minCompared || inside < options.minContainment() * compared) continue;
                long p = e.whole(q, row);
                double similarity = Kernel.compared(p) == 0 ? 0 : (double) Kernel.identical(p) / Kernel.compared(p);
                if (similarity >= options.maxSimilarity() || lib.id(row).equals(self)) continue;
                lines.add(new Line(row, lib.id(row), compared, inside, similarity));
            }
            return lines;
        });
        List<Line> lines = new ArrayList<>();
        for (List<Line> part : parts) lines.addAll(part);
        lines.sort(Comparator.comparingDouble(Line::containment)
                .reversed()
                .thenComparing(Comparator.comparingInt(Line::compared).reversed())
                .thenComparingInt(l -> lib.idRank(l.row())));
        if (lines.size() > options.maxLines()) lines = new ArrayList<>(lines.subList(0, options.maxLines()));

        List<ParentPair> pairs = new ArrayList<>();
        for (int x = 0; x < lines.size(); x++) {
            for (int y = x + 1; y < lines.size(); y++) {
                int a = lines.get(x).row(), b = lines.get(y).row();
                if (lib.idRank(a) > lib.idRank(b)) {
                    int t = a;
                    a = b;
                    b = t;
                }
                int[] counts = counts(a, b, options.rule(), null);
                pairs.add(new ParentPair(a, lib.id(a), b, lib.id(b), counts[0], counts[1], counts[2]));
            }
        }
        // explained share as an exact fraction, then more explained loci, then the ids
        pairs.sort((u, v) -> {
            long left = (long) v.explained() * Math.max(1, u.explained() + u.unexplained());
            long right = (long) u.explained() * Math.max(1, v.explained() + v.unexplained());
            if (left != right) return Long.compare(left, right);
            if (u.explained() != v.explained()) return Integer.compare(v.explained(), u.explained());
            int c = Integer.compare(lib.idRank(u.first()), lib.idRank(v.first()));
            return c != 0 ? c : Integer.compare(lib.idRank(u.second()), lib.idRank(v.second()));
        });
        if (pairs.size() > options.maxPairs()) pairs = new ArrayList<>(pairs.subList(0, options.maxPairs()));
        return new ParentSearch(self, List.copyOf(lines), List.copyOf(pairs));
    }

    PedigreeCheck check(int first, int second, PedigreeRule rule) {
        List<UnexplainedLocus> loci = new ArrayList<>();
        int[] counts = counts(first, second, rule, loci);
        return new PedigreeCheck(
                q.profile.id(),
                lib.id(first),
                lib.id(second),
                rule,
                counts[0],
                counts[1],
                counts[2],
                List.copyOf(loci));
    }

    /** {explained, unexplained, not compared}; the unexplained loci into {@code out} when given. */
    private int[] counts(int first, int second, PedigreeRule rule, @Nullable List<UnexplainedLocus> out) {
        int explained = 0, unexplained = 0, notCompared = 0;
        for (int l = 0; l < e.m; l++) {
            int a = lib.code(first, l), b = lib.code(second, l);
            if (q.codes[l] == AlleleDictionary.MISSING || a == 0 || b == 0) {
                notCompared++;
            } else if (explains(l, sets.at(l, a), sets.at(l, b), rule)) {
                explained++;
            } else {
                unexplained++;
                if (out != null)
                    out.add(new UnexplainedLocus(
                            l,
                            lib.panel().locus(l).id(),
                            q.profile.alleles(l),
                            lib.alleles(first, l),
                            lib.alleles(second, l)));
            }
        }
        return new int[] {explained, unexplained, notCompared};
    }

    /** Whether the line's mask (at {@code at}) has no allele outside the candidate's at locus l. */
    private boolean inside(int at, int l) {
        long[] masks = sets.masks();
        for (int w = 0; w < sets.words; w++) if ((masks[at + w] & ~q.alleles[l * sets.words + w]) != 0) return false;
        return true;
    }

    private boolean explains(int l, int pa, int pb, PedigreeRule rule) {
        if (q.unknown[l] > 0) return false; // an allele no library line has
        long[] masks = sets.masks();
        int words = sets.words, qa = l * words;
        if (rule == PedigreeRule.ALLELES_FROM_PARENTS) {
            for (int w = 0; w < words; w++)
                if ((q.alleles[qa + w] & ~(masks[pa + w] | masks[pb + w])) != 0) return false;
            return true;
        }
        // F1: one allele from each parent; the candidate has one allele (both gave it) or two
        int size = 0;
        for (int w = 0; w < words; w++) size += Long.bitCount(q.alleles[qa + w]);
        if (size == 1) {
            for (int w = 0; w < words; w++)
                if ((q.alleles[qa + w] & ~(masks[pa + w] & masks[pb + w])) != 0) return false;
            return true;
        }
        if (size != 2) return false;
        int z1 = -1, z2 = -1;
        for (int w = 0; w < words; w++) {
            for (long bitsLeft = q.alleles[qa + w]; bitsLeft != 0; bitsLeft &= bitsLeft - 1) {
                int id = w * 64 + Long.numberOfTrailingZeros(bitsLeft);
                if (z1 < 0) z1 = id;
                else z2 = id;
            }
        }
        return (has(masks, pa, z1) && has(masks, pb, z2)) || (has(masks, pa, z2) && has(masks, pb, z1));
    }

    private static boolean has(long[] masks, int at, int id) {
        return (masks[at + (id >>> 6)] & (1L << id)) != 0;
    }
}
