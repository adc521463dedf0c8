package org.seedprint.matcher.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.engine.Kernels;
import org.seedprint.matcher.engine.RandomLibraries;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;

class LibraryIndexTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void roundTripsEverything(long seed) throws Exception {
        Random rnd = new Random(seed);
        int m = 1 + rnd.nextInt(200);
        MarkerPanel panel = RandomLibraries.panel(m);
        Library lib = RandomLibraries.build(rnd, panel, RandomLibraries.samples(rnd, 1 + rnd.nextInt(50), m, 5, "s"));
        Path file = dir.resolve("lib-" + seed + ".spx");
        LibraryIndex.write(lib, file);
        assertSame(lib, LibraryIndex.read(file));
    }

    @Test
    void roundTripsTheWideMatrixAndDepths() throws Exception {
        MarkerPanel panel = RandomLibraries.panel(3);
        LibraryBuilder b = new LibraryBuilder(panel, true);
        for (int s = 0; s < 300; s++) {
            b.accept("s" + s, 0, new String[] {"H" + s, "H" + (s + 1)}, new int[] {s, 7});
            b.accept("s" + s, 2, new String[] {"A"}, null);
        }
        Library lib = b.build();
        assertTrue(lib.codes() instanceof CodeMatrix.Shorts);
        Path file = dir.resolve("wide.spx");
        LibraryIndex.write(lib, file);
        Library back = LibraryIndex.read(file);
        assertSame(lib, back);
        assertTrue(back.codes() instanceof CodeMatrix.Shorts);
        assertEquals(299 + 7, back.depth(299, 0));
        try (Engine e = new Engine(back, Kernels.scalar(), 1)) {
            assertEquals(
                    "s5",
                    e.top(lib.profile(5), 3, new Thresholds(0, 0.9, 0.5)).get(0).id());
        }
    }

    @Test
    void truncatedOrCorruptFilesAreClearErrors() throws Exception {
        Random rnd = new Random(11);
        MarkerPanel panel = RandomLibraries.panel(40);
        Library lib = RandomLibraries.build(rnd, panel, RandomLibraries.samples(rnd, 30, 40, 4, "s"));
        Path good = dir.resolve("good.spx");
        LibraryIndex.write(lib, good);
        byte[] bytes = Files.readAllBytes(good);

        for (int cut : new int[] {0, 5, 12, 40, bytes.length / 2, bytes.length - 9, bytes.length - 1}) {
            Path f = dir.resolve("cut" + cut);
            Files.write(f, Arrays.copyOf(bytes, cut));
            InputFormatException e =
                    assertThrows(InputFormatException.class, () -> LibraryIndex.read(f), "cut at " + cut);
            assertTrue(String.valueOf(e.getMessage()).startsWith(f.toString()), e.getMessage());
        }
        for (int pos : new int[] {20, bytes.length / 3, bytes.length - 20}) {
            byte[] bad = bytes.clone();
            bad[pos] ^= 0x5A;
            Path f = dir.resolve("flip" + pos);
            Files.write(f, bad);
            assertThrows(InputFormatException.class, () -> LibraryIndex.read(f), "flipped byte " + pos);
        }
        byte[] notIndex = bytes.clone();
        notIndex[0] = 'X';
        Path f = dir.resolve("magic");
        Files.write(f, notIndex);
        InputFormatException e = assertThrows(InputFormatException.class, () -> LibraryIndex.read(f));
        assertEquals("magic", e.field());
        assertTrue(String.valueOf(e.getMessage()).contains("not a SeedPrint library index"));

        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        Path g = dir.resolve("longer");
        Files.write(g, longer);
        assertThrows(InputFormatException.class, () -> LibraryIndex.read(g));
    }

    private static void assertSame(Library a, Library b) {
        assertEquals(a.panel().name(), b.panel().name());
        assertEquals(a.panel().version(), b.panel().version());
        assertEquals(a.panel().loci(), b.panel().loci());
        assertEquals(a.size(), b.size());
        assertEquals(a.codes().bits(), b.codes().bits());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.id(i), b.id(i));
            assertEquals(a.qc(i), b.qc(i));
            for (int l = 0; l < a.locusCount(); l++) {
                assertEquals(a.code(i, l), b.code(i, l));
                assertEquals(a.alleles(i, l), b.alleles(i, l));
            }
        }
        for (int l = 0; l < a.locusCount(); l++) {
            assertEquals(a.dictionary().genotypeCount(l), b.dictionary().genotypeCount(l));
        }
        if (a.hasDepths()) assertArrayEquals(a.depthMatrix(), b.depthMatrix());
        assertEquals(a.hasDepths(), b.hasDepths());
    }
}
