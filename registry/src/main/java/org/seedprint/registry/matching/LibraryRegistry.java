package org.seedprint.registry.matching;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.seedprint.matcher.profile.Library;
import org.seedprint.registry.platform.AfterCommit;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.ProfilesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The in-memory matcher library of each panel, built from PostgreSQL at start and rebuilt after
 * every committed change. Queries keep using the previous generation until the new one is
 * swapped in, so a reload never blocks them.
 */
@Component
class LibraryRegistry implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LibraryRegistry.class);

    private final ProfileService profiles;
    private final Map<Long, LoadedLibrary> current = new ConcurrentHashMap<>();
    private final AtomicLong generations = new AtomicLong();

    LibraryRegistry(ProfileService profiles) {
        this.profiles = profiles;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAll() {
        // panels that an import at start (the demo) has loaded already stay as they are
        for (long panelId : profiles.panelsWithProfiles()) if (!current.containsKey(panelId)) reload(panelId);
    }

    /** Each panel a transaction changed is reloaded once, after it commits (an import stores many files). */
    @EventListener
    void onChange(ProfilesChanged e) {
        AfterCommit.collect(this, e.panelId(), panels -> panels.forEach(this::reload));
    }

    /** Builds the panel's library from the database and swaps it in. */
    synchronized LoadedLibrary reload(long panelId) {
        long t0 = System.nanoTime();
        Library lib = profiles.loadLibrary(panelId);
        LoadedLibrary fresh = new LoadedLibrary(panelId, generations.incrementAndGet(), lib);
        LoadedLibrary old = current.put(panelId, fresh);
        if (old != null) old.retire();
        log.info(
                "Matcher library of panel {} loaded: {} profiles x {} loci in {} ms ({})",
                panelId,
                lib.size(),
                lib.locusCount(),
                (System.nanoTime() - t0) / 1_000_000,
                fresh.engine.kernel());
        return fresh;
    }

    /** Runs the work on the panel's current library, loading it first if needed. */
    <T> T with(long panelId, Function<LoadedLibrary, T> work) {
        while (true) {
            LoadedLibrary lib = Optional.ofNullable(current.get(panelId)).orElseGet(() -> reload(panelId));
            if (!lib.acquire()) continue;
            try {
                return work.apply(lib);
            } finally {
                lib.release();
            }
        }
    }

    /** Generation of the panel's library now in use (0 when none is loaded). */
    long generation(long panelId) {
        LoadedLibrary lib = current.get(panelId);
        return lib == null ? 0 : lib.generation;
    }

    @Override
    public void destroy() {
        current.values().forEach(LoadedLibrary::retire);
    }
}
