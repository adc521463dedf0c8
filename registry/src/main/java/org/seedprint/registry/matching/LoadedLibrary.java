package org.seedprint.registry.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.seedprint.matcher.engine.Engine;
import org.seedprint.matcher.profile.Library;

/**
 * One generation of a panel's in-memory library and its engine. Queries hold it while they run;
 * a newer generation replaces it, and the engine's threads stop once its last query is done.
 */
final class LoadedLibrary {

    final long panelId;
    final long generation;
    final Library library;
    final Engine engine;
    private final Map<Long, Integer> rowOfProfile;
    private final AtomicInteger users = new AtomicInteger();
    private volatile boolean retired;

    LoadedLibrary(long panelId, long generation, Library library) {
        this.panelId = panelId;
        this.generation = generation;
        this.library = library;
        this.engine = new Engine(library);
        this.rowOfProfile = new HashMap<>(library.size() * 2);
        for (int i = 0; i < library.size(); i++) rowOfProfile.put(Long.parseLong(library.id(i)), i);
    }

    /** Library row of a stored profile, or -1. */
    int row(long profileId) {
        return rowOfProfile.getOrDefault(profileId, -1);
    }

    long profileId(int row) {
        return Long.parseLong(library.id(row));
    }

    boolean acquire() {
        users.incrementAndGet();
        if (retired) {
            release();
            return false;
        }
        return true;
    }

    void release() {
        if (users.decrementAndGet() == 0 && retired) engine.close();
    }

    void retire() {
        retired = true;
        if (users.get() == 0) engine.close();
    }
}
