package org.seedprint.matcher.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

class LibraryBuilderTest {

    private final MarkerPanel panel = new MarkerPanel(
            "p",
            "1",
            List.of(
                    new Locus("M1", "chr1", 0, 100), new Locus("M2", "chr1", 200, 300),
                    new Locus("M3", "chr2", 0, 100), new Locus("M4", "chr2", 200, 300)));

    @Test
    void buildsCodesAndQcInAnyCallOrder() {
        LibraryBuilder b = new LibraryBuilder(panel, true);
        b.accept("B73", 2, new String[] {"GT", "AC"}, new int[] {30, 10});
        b.accept("Mo17", 0, new String[] {"AA"}, new int[] {20});
        b.accept("B73", 0, new String[] {"AA"}, new int[] {50});
        b.accept("B73", 1, new String[] {}, null);
        b.accept("Mo17", 2, new String[] {"AC", "GT"}, null);
        Library lib = b.build();

        assertEquals(2, lib.size());
        assertEquals(2, lib.codes().bits(), "at most 3 genotypes per locus: 2 bits per call");
        int b73 = lib.indexOf("B73"), mo17 = lib.indexOf("Mo17");
        assertEquals(0, b73);
        assertEquals(-1, lib.indexOf("W22"));
        assertEquals(lib.code(b73, 0), lib.code(mo17, 0));
        assertEquals(lib.code(b73, 2), lib.code(mo17, 2), "allele order does not matter");
        assertEquals(AlleleDictionary.MISSING, lib.code(b73, 1));
        assertEquals(AlleleDictionary.MISSING, lib.code(b73, 3), "never called = missing");
        assertEquals(List.of("AC", "GT"), lib.alleles(b73, 2));
        assertEquals(40, lib.depth(b73, 2));

        ProfileQc qc = lib.qc(b73);
        assertEquals(0.5, qc.callRate(), 1e-6);
        assertEquals(45.0, qc.meanDepth(), 1e-6);
        assertEquals(0.5, qc.multiAllelicShare(), 1e-6);
        assertTrue(Double.isNaN(lib.qc(mo17).meanDepth()) == false);
        assertEquals(20.0, lib.qc(mo17).meanDepth(), 1e-6, "only loci with depths count");

        Profile p = lib.profile(mo17);
        assertEquals("Mo17", p.id());
        assertEquals(2, p.calledCount());
        assertEquals(List.of("AA"), p.alleles(0));
        assertTrue(lib.dictionary().isFrozen());
    }

    @Test
    void rejectsBadCallsNamingTheField() {
        LibraryBuilder b = new LibraryBuilder(panel);
        b.accept("s", 0, new String[] {"A"}, null);
        b.accept("s", 1, new String[] {}, null);
        assertField("locus", () -> b.accept("s", 0, new String[] {"A"}, null));
        assertField("locus", () -> b.accept("s", 1, new String[] {}, null));
        assertField("locus", () -> b.accept("s", 4, new String[] {"A"}, null));
        assertField("alleles", () -> b.accept("s", 2, new String[] {"A", "A"}, null));
        assertField("alleles", () -> b.accept("s", 2, new String[] {""}, null));
        assertField("depths", () -> b.accept("s", 2, new String[] {"A", "C"}, new int[] {3}));
        assertField("depths", () -> b.accept("s", 2, new String[] {"A"}, new int[] {-1}));
        assertField("sample", () -> b.accept(" ", 2, new String[] {"A"}, null));
        b.accept("s", 2, new String[] {"A", "C"}, new int[] {3, 4});
        assertEquals(1, b.build().size());
    }

    @Test
    void buildsOneQueryProfile() {
        LibraryBuilder b = new LibraryBuilder(panel);
        b.accept("q", 1, new String[] {"T", "A"}, null);
        Profile q = b.buildProfile();
        assertEquals("q", q.id());
        assertEquals(List.of("A", "T"), q.alleles(1));
        assertEquals(0.25, q.qc().callRate(), 1e-6);
        LibraryBuilder two = new LibraryBuilder(panel);
        two.accept("a", 0, new String[] {"A"}, null);
        two.accept("b", 0, new String[] {"A"}, null);
        assertThrows(IllegalStateException.class, two::buildProfile);
    }

    @Test
    void dictionaryFindsWithoutAddingAndMarksUnseen() {
        AlleleDictionary d = new AlleleDictionary(1);
        assertEquals(1, d.encode(0, new String[] {"A"}));
        assertEquals(2, d.encode(0, new String[] {"C", "A"}));
        assertEquals(2, d.find(0, "A", "C"));
        assertEquals(AlleleDictionary.UNSEEN, d.find(0, "C"), "known allele, unseen set");
        assertEquals(AlleleDictionary.UNSEEN, d.find(0, "G"));
        assertEquals(AlleleDictionary.MISSING, d.find(0));
        assertEquals(2, d.genotypeCount(0));
        d.freeze();
        assertThrows(IllegalStateException.class, () -> d.encode(0, new String[] {"G"}));
    }

    private static void assertField(String field, Runnable call) {
        InvalidCallException e = assertThrows(InvalidCallException.class, call::run);
        assertEquals(field, e.field(), e.getMessage());
    }
}
