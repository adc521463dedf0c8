package org.seedprint.registry.matching;

import java.util.function.Function;
import org.seedprint.matcher.profile.Library;
import org.springframework.stereotype.Service;

/**
 * Read access to the in-memory matcher library of each panel, for areas that serve genotypes
 * (BrAPI): the work runs on the panel's current generation, held for its duration, so a reload
 * swapping in a new generation never changes the library under a running read. The library is
 * read through its public API (codes and alleles per profile and locus), never changed.
 */
@Service
public class Libraries {

    private final LibraryRegistry registry;

    Libraries(LibraryRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code work} on the panel's current library (row ids are profile ids), loading it first if needed. */
    public <T> T read(long panelId, Function<Library, T> work) {
        return registry.with(panelId, lib -> work.apply(lib.library));
    }
}
