package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.engine.Classification;
import org.seedprint.matcher.engine.CropDefaults;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Hit;
import org.seedprint.matcher.engine.Pair;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.panel.BedReader;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

/** Facts of the real 282-line maize panel on its HapMap-derived MNP-like windows, established by running the matcher. */
class Maize282Test {

    static final Path HAPMAP = Path.of("../data/maize282/mdp_genotype.hmp.txt");
    static final Path WINDOWS = Path.of("../data/maize282/mdp_windows_300bp.bed");
    static final Thresholds MAIZE = CropDefaults.forCrop("ZEAAA_MAY").orElseThrow();

    static MarkerPanel panel;
    static Library lib;

    @BeforeAll
    static void load() throws Exception {
        panel = HapMapReader.derivePanel(HAPMAP, "mdp-windows", "1", 300, 2);
        LibraryBuilder builder = new LibraryBuilder(panel);
        HapMapReader.read(HAPMAP, panel, builder);
        lib = builder.build();
    }

    @Test
    void derivedPanelIsTheCommittedBed() throws Exception {
        assertEquals(810, panel.size());
        assertEquals(BedReader.read(WINDOWS, "w", "1").loci(), panel.loci());
        assertEquals(281, lib.size());
    }

    @Test
    void nearestNeighbourOfB73IsItsHighTransformationDerivative() {
        Hit hit = nearest("B73");
        assertEquals("B73HTRHM", hit.id());
        assertEquals(764, hit.counts().compared());
        assertEquals(742, hit.counts().identical());
        assertEquals(22, hit.counts().differing());
        assertEquals(Classification.EDV_CANDIDATE, hit.classification());
    }

    @Test
    void nearestNeighbourOfMo17IsA682AndDistinct() {
        Hit hit = nearest("MO17");
        assertEquals("A682", hit.id());
        assertEquals(757, hit.counts().compared());
        assertEquals(623, hit.counts().identical());
        assertEquals(Classification.DISTINCT, hit.classification());
    }

    @Test
    void closestPairsOfThePanel() {
        try (Engine engine = new Engine(lib)) {
            List<Pair> pairs = engine.pairs(0.98, MAIZE);
            assertEquals(
                    List.of("NC362/NC364 710/721", "NC336/NC352 755/769"),
                    pairs.stream()
                            .map(p -> p.idA() + "/" + p.idB() + " " + p.counts().identical() + "/"
                                    + p.counts().compared())
                            .toList());
            assertEquals(9, engine.pairs(0.955, MAIZE).size());
        }
    }

    private static Hit nearest(String id) {
        try (Engine engine = new Engine(lib)) {
            List<Hit> top = engine.top(lib.profile(lib.indexOf(id)), 2, MAIZE);
            assertEquals(id, top.get(0).id(), "a line is its own best hit");
            return top.get(1);
        }
    }
}
