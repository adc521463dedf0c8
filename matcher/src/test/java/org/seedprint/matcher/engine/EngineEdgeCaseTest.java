package org.seedprint.matcher.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.engine.RandomLibraries.Sample;
import org.seedprint.matcher.engine.Reference.Ref;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.matcher.profile.Profile;

class EngineEdgeCaseTest {

    private static final Thresholds TH = new Thresholds(1, 0.75, 0.5);
    private final MarkerPanel panel = RandomLibraries.panel(4);

    private Library library(String[][]... rows) {
        LibraryBuilder b = new LibraryBuilder(panel);
        for (int s = 0; s < rows.length; s++) {
            for (int l = 0; l < rows[s].length; l++) b.accept("v" + s, l, rows[s][l], null);
        }
        return b.build();
    }

    private static String[] g(String... alleles) {
        return alleles;
    }

    private Profile query(String[]... loci) {
        LibraryBuilder b = new LibraryBuilder(panel);
        for (int l = 0; l < loci.length; l++) b.accept("query", l, loci[l], null);
        return b.buildProfile();
    }

    @Test
    void zeroComparedLociIsInconclusiveWithSimilarityZero() {
        Library lib = library(new String[][] {g("A"), g("C"), g("G"), g("T")});
        try (Engine e = new Engine(lib, Kernels.scalar(), 1)) {
            Profile q = query(g(), g(), g(), g());
            Hit h = e.top(q, 1, TH).get(0);
            assertEquals(new Comparison(0, 0), h.counts());
            assertEquals(0.0, h.similarity());
            assertEquals(0.0, h.alleleSharing());
            assertEquals(Classification.INCONCLUSIVE, h.classification(), "inconclusive even though 0 loci differ");
            assertEquals(1, e.atLeast(q, 0.0, TH).size());
            assertTrue(e.atLeast(q, 0.01, TH).isEmpty());
        }
    }

    @Test
    void tiesRankByMoreComparedLociThenId() {
        Library lib = library(
                new String[][] {g("A"), g("C"), g("G"), g("T")}, // v0: 4/4
                new String[][] {g("A"), g("C"), g("X"), g("X")}, // v1: 2/4
                new String[][] {g("A"), g("X"), g(), g()}, // v2: 1/2
                new String[][] {g("A"), g("C"), g("G"), g("T")}); // v3: 4/4, same as v0
        for (Kernel k : EnginePropertyTest.kernels()) {
            try (Engine e = new Engine(lib, k, 2)) {
                Thresholds th = new Thresholds(1, 0.75, 0.6); // at least 3 of 4 loci compared
                List<Hit> hits = e.top(query(g("A"), g("C"), g("G"), g("T")), 4, th);
                assertEquals(
                        List.of("v0", "v3", "v1", "v2"),
                        hits.stream().map(Hit::id).toList());
                assertEquals(Classification.INDISTINCT, hits.get(0).classification());
                assertEquals(Classification.DISTINCT, hits.get(2).classification());
                assertEquals(Classification.INCONCLUSIVE, hits.get(3).classification());
                assertEquals(
                        List.of("v0", "v3"),
                        e.top(query(g("A"), g("C"), g("G"), g("T")), 2, TH).stream()
                                .map(Hit::id)
                                .toList());
            }
        }
    }

    @Test
    void queryGenotypesUnseenInTheLibraryDifferAndAreExplained() {
        Library lib = library(
                new String[][] {g("A"), g("C"), g("G", "T"), g("T")},
                new String[][] {g("A", "C"), g("C"), g("G"), g("T")});
        // locus 0: allele Z never seen; locus 2: alleles seen, set {C,G} never seen
        Profile q = query(g("Z"), g("C"), g("C", "G"), g("T"));
        for (Kernel k : EnginePropertyTest.kernels()) {
            try (Engine e = new Engine(lib, k, 1)) {
                assertEquals(new Comparison(4, 2), e.compare(q, 0));
                Explanation x = e.explain(q, 0, TH);
                assertEquals(2, x.differing().size());
                DifferingLocus first = x.differing().get(0);
                assertEquals("M0", first.locusId());
                assertEquals(List.of("Z"), first.first());
                assertEquals(List.of("A"), first.second());
                assertEquals(List.of("C", "G"), x.differing().get(1).first());
                assertEquals(List.of("G", "T"), x.differing().get(1).second());
                // sharing: 0 + 1 + 1/3 + 1 over 4 loci
                assertEquals((0 + 1 + 1.0 / 3 + 1) / 4, x.alleleSharing(), 1e-12);
                assertEquals(Classification.DISTINCT, x.classification());
            }
        }
    }

    @Test
    void moreThan255GenotypesAtALocusUseTheWidePath() {
        Random rnd = new Random(7);
        int n = 260, m = 60;
        MarkerPanel wide = RandomLibraries.panel(m);
        List<Sample> samples = RandomLibraries.samples(rnd, n, m, 3, "w");
        List<Sample> withManyGenotypes = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            List<Set<String>> loci = new ArrayList<>(samples.get(s).loci());
            loci.set(5, new TreeSet<>(Set.of("H" + (s % 256))));
            withManyGenotypes.add(new Sample(samples.get(s).id(), loci));
        }
        Library lib = RandomLibraries.build(rnd, wide, withManyGenotypes);
        assertTrue(lib.codes() instanceof CodeMatrix.Shorts);
        assertEquals(256, lib.dictionary().genotypeCount(5));
        List<Sample> qs = RandomLibraries.samples(rnd, 1, m, 3, "q");
        List<Set<String>> qLoci = new ArrayList<>(withManyGenotypes.get(3).loci());
        qLoci.set(7, new TreeSet<>(Set.of("never-seen")));
        qs.add(new Sample("q-near-w3", qLoci));
        Library queries = RandomLibraries.build(rnd, wide, qs);
        int pairs = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                if (Reference.similarity(withManyGenotypes.get(i), withManyGenotypes.get(j)) >= 0.8) pairs++;
            }
        assertTrue(pairs > 0);
        for (Kernel k : EnginePropertyTest.kernels()) {
            try (Engine e = new Engine(lib, k, 2, 40)) {
                for (Sample qs1 : qs) {
                    List<Ref> ref = Reference.ranking(qs1, withManyGenotypes);
                    Profile q = queries.profile(queries.indexOf(qs1.id()));
                    EnginePropertyTest.assertHits(
                            ref.subList(0, 10), e.top(q, 10, EnginePropertyTest.thresholds()), m, k.name() + " wide");
                    EnginePropertyTest.assertHits(
                            ref.stream().filter(r -> r.similarity() >= 0.3).toList(),
                            e.atLeast(q, 0.3, EnginePropertyTest.thresholds()),
                            m,
                            k.name() + " wide threshold");
                }
                assertEquals(pairs, e.pairs(0.8, TH).size());
            }
        }
    }

    @Test
    void cropDefaultsFollowTheApprovalRules() {
        assertEquals(2, CropDefaults.forCrop("ORYZA_SAT").orElseThrow().maxDifferingIndistinct());
        assertEquals(3, CropDefaults.forCrop("zeaaa_may").orElseThrow().maxDifferingIndistinct());
        Thresholds rice = CropDefaults.forCrop("ORYZA_SAT").orElseThrow();
        assertEquals(0.90, rice.edvSimilarity());
        assertEquals(500, rice.minCompared(1000));
        assertFalse(CropDefaults.forCrop("NOT_A_CROP").isPresent());
        assertTrue(CropDefaults.table().size() >= 5);
    }

    @Test
    void classificationChecksInconclusiveFirstThenIndistinctThenEdv() {
        Thresholds t = new Thresholds(2, 0.9, 0.5);
        assertEquals(Classification.INCONCLUSIVE, t.classify(new Comparison(499, 499), 1000));
        assertEquals(Classification.INDISTINCT, t.classify(new Comparison(500, 498), 1000));
        assertEquals(Classification.EDV_CANDIDATE, t.classify(new Comparison(1000, 900), 1000));
        assertEquals(Classification.DISTINCT, t.classify(new Comparison(1000, 899), 1000));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(-1, 0.9, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(2, 1.5, 0.5));
    }

    @Test
    void queryOnAnotherPanelIsRefused() {
        Library lib = library(new String[][] {g("A"), g("C"), g("G"), g("T")});
        LibraryBuilder other = new LibraryBuilder(RandomLibraries.panel(5));
        other.accept("q", 0, g("A"), null);
        try (Engine e = new Engine(lib, Kernels.scalar(), 1)) {
            assertThrows(IllegalArgumentException.class, () -> e.top(other.buildProfile(), 1, TH));
        }
    }
}
