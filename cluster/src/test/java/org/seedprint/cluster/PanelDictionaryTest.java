package org.seedprint.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.seedprint.benchmarks.SyntheticLibrary;
import org.seedprint.matcher.profile.Library;

/** What executors rebuild from the shipped panel, dictionary and blocks is the library itself, in every code layout. */
class PanelDictionaryTest {

    @Test
    void blocksRebuildTheLibraryInEveryLayout() throws Exception {
        // 3 genotypes per locus: 2 bits; 8: 4 bits; 200: bytes; 300: shorts
        for (int genotypes : new int[] {3, 8, 200, 300}) {
            Library lib = SyntheticLibrary.generate(700, 130, 5, genotypes);
            PanelDictionary shipped = roundTrip(PanelDictionary.of(lib));
            Codebook book = shipped.open();
            assertSame(book, shipped.open(), "opened once, then shared by the tasks");
            assertEquals(lib.codes().bits(), book.bits());
            assertEquals(lib.panel().loci(), book.panel().loci());
            assertTrue(book.dictionary().sameCodes(lib.dictionary()), genotypes + " genotypes");
            ProfileBlock block = roundTrip(ProfileBlock.slice(lib, 1, 300, 650));
            Library rebuilt = block.library(book);
            assertEquals(350, rebuilt.size());
            for (int r = 0; r < rebuilt.size(); r++) {
                assertEquals(lib.id(300 + r), rebuilt.id(r));
                assertEquals(lib.idRank(300 + r), block.idRanks()[r]);
                assertEquals(lib.qc(300 + r), rebuilt.qc(r));
                for (int l = 0; l < lib.locusCount(); l++) assertEquals(lib.code(300 + r, l), rebuilt.code(r, l));
            }
            assertArrayEquals(
                    lib.dictionary().alleles(7, 3).toArray(),
                    book.dictionary().alleles(7, 3).toArray());
        }
    }

    /** Through Java serialization, as Spark ships broadcasts and shuffled records. */
    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
