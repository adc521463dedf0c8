package org.seedprint.matcher.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.engine.HybridSimulator.Hybrid;
import org.seedprint.matcher.engine.ParentSearch.ParentPair;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/** Parent search and the pedigree check on simulated crosses whose parents are known. */
class ParentSearchTest {

    private final HybridSimulator sim = new HybridSimulator(2026, 600, 150, 40, 5);
    private final Library library = sim.library(10); // the first 10 hybrids are registered varieties too

    @Test
    void theTrueParentPairRanksFirstForEveryHybrid() {
        for (Kernel kernel : EnginePropertyTest.kernels()) {
            try (Engine engine = new Engine(library, kernel, 2)) {
                int atRankOne = 0;
                for (Hybrid h : sim.hybrids) {
                    ParentSearch found = engine.parents(sim.candidate(h), ParentSearch.Options.defaults());
                    assertTrue(
                            found.lines().stream().anyMatch(l -> l.id().equals(HybridSimulator.line(h.first())))
                                    && found.lines().stream()
                                            .anyMatch(l -> l.id().equals(HybridSimulator.line(h.second()))),
                            h.id() + ": both parents among the candidate lines");
                    assertTrue(
                            found.lines().stream().noneMatch(l -> l.id().equals(h.id())),
                            "the registered hybrid itself is no parent");
                    ParentPair best = found.pairs().get(0);
                    if (isTruth(h, best)) atRankOne++;
                    assertTrue(best.explainedShare() > 0.97, h.id() + " explained share " + best.explainedShare());
                    assertEquals(600, best.explained() + best.unexplained() + best.notCompared());
                }
                assertEquals(sim.hybrids.size(), atRankOne, kernel.name() + ": recall of the true pair at rank 1");
            }
        }
    }

    @Test
    void theClaimedPedigreeCheckTellsTrueParentsFromFalseOnes() {
        try (Engine engine = new Engine(library, Kernels.scalar(), 1)) {
            Hybrid h = sim.hybrids.get(20);
            Profile candidate = sim.candidate(h);
            int p1 = library.indexOf(HybridSimulator.line(h.first())),
                    p2 = library.indexOf(HybridSimulator.line(h.second()));
            PedigreeCheck truth = engine.pedigree(candidate, p1, p2, PedigreeRule.F1);
            assertTrue(truth.explainedShare() > 0.97, "true parents explain " + truth.explainedShare());
            assertEquals(truth.unexplained(), truth.unexplainedLoci().size());
            int notCompared = 0;
            for (int l = 0; l < 600; l++)
                if (!candidate.isCalled(l) || library.code(p1, l) == 0 || library.code(p2, l) == 0) notCompared++;
            assertEquals(notCompared, truth.notCompared());
            for (PedigreeCheck.UnexplainedLocus u : truth.unexplainedLoci()) {
                // each unexplained locus is one where the union of the parents differs from the candidate
                TreeSet<String> union = new TreeSet<>(u.firstParent());
                union.addAll(u.secondParent());
                assertTrue(!union.equals(new TreeSet<>(u.candidate())), u.locusId());
            }

            int other = p1 == 0 ? 1 : 0;
            if (other == p2) other = 2;
            PedigreeCheck wrong = engine.pedigree(candidate, p1, other, PedigreeRule.F1);
            assertTrue(wrong.explainedShare() < 0.8, "a false second parent explains " + wrong.explainedShare());

            // an inbred parent itself as the candidate: not an F1 of the two, but every allele comes from them
            Profile parentAsCandidate = library.profile(p1);
            PedigreeCheck f1 = engine.pedigree(parentAsCandidate, p1, p2, PedigreeRule.F1);
            PedigreeCheck any = engine.pedigree(parentAsCandidate, p1, p2, PedigreeRule.ALLELES_FROM_PARENTS);
            assertEquals(0, any.unexplained());
            assertTrue(
                    f1.unexplained() > 100, "the F1 rule wants the second parent's alleles too: " + f1.unexplained());
        }
    }

    private static boolean isTruth(Hybrid h, ParentPair p) {
        List<String> truth = List.of(HybridSimulator.line(h.first()), HybridSimulator.line(h.second()));
        return truth.contains(p.firstId()) && truth.contains(p.secondId());
    }
}
