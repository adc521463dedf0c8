package org.seedprint.registry.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.engine.Pair;
import org.seedprint.matcher.engine.Thresholds;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The all-vs-all map of close pairs of a panel's library (duplicates and EDV candidates),
 * computed in the background and kept until the library changes.
 */
@Component
class PairsMap implements DisposableBean {

    record PairView(
            long profileA,
            @Nullable Long varietyA,
            @Nullable String nameA,
            long profileB,
            @Nullable Long varietyB,
            @Nullable String nameB,
            int compared,
            int identical,
            int differing,
            double similarity,
            String classification) {}

    record Result(
            long panelId,
            double minSimilarity,
            int librarySize,
            MatchResult.ThresholdsUsed thresholds,
            long computedInMs,
            List<PairView> pairs) {}

    /** A result stands until the library or the crop's thresholds change. */
    private record Key(long panelId, double minSimilarity, long generation, Thresholds thresholds) {}

    private final LibraryRegistry libraries;
    private final MatchingService matching;
    private final ProfileService profiles;
    private final VarietyService varieties;
    private final JsonMapper json;
    /** Maps kept at once: each minSimilarity a client asks for is a map of its own. */
    static final int MAX_MAPS = 8;

    /** Least recently used maps go first once more than {@link #MAX_MAPS} are kept. */
    private final Map<Key, CompletableFuture<Result>> cache =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Result>> eldest) {
                    return size() > MAX_MAPS;
                }
            });

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pairs-map");
        t.setDaemon(true);
        return t;
    });

    PairsMap(
            LibraryRegistry libraries,
            MatchingService matching,
            ProfileService profiles,
            VarietyService varieties,
            JsonMapper json) {
        this.json = json;
        this.libraries = libraries;
        this.matching = matching;
        this.profiles = profiles;
        this.varieties = varieties;
    }

    /** The map when ready; otherwise starts (or keeps) computing it and returns empty. */
    Optional<Result> get(long panelId, String cropCode, double minSimilarity) {
        long gen = libraries.generation(panelId);
        if (gen == 0) gen = libraries.with(panelId, l -> l.generation);
        Key key = new Key(panelId, minSimilarity, gen, matching.thresholds(cropCode));
        synchronized (cache) {
            cache.keySet()
                    .removeIf(k -> k.panelId() == panelId
                            && (k.generation() != key.generation()
                                    || !k.thresholds().equals(key.thresholds())));
        }
        CompletableFuture<Result> f = cache.computeIfAbsent(
                key,
                k -> CompletableFuture.supplyAsync(
                        () -> compute(panelId, k.minSimilarity(), k.thresholds()), background));
        if (f.isCompletedExceptionally()) cache.remove(key, f);
        return f.isDone() ? Optional.of(f.join()) : Optional.empty();
    }

    private Result compute(long panelId, double minSimilarity, Thresholds t) {
        return libraries.with(panelId, lib -> {
            long t0 = System.nanoTime();
            List<Pair> pairs = lib.engine.pairs(minSimilarity, t);
            return result(lib, minSimilarity, t, (System.nanoTime() - t0) / 1_000_000, pairs);
        });
    }

    /**
     * Serves a map computed elsewhere (the cluster's pairs-map file) as this panel's map for its
     * threshold, once every pair of it has been counted again against the library loaded now.
     */
    Result adopt(long panelId, String cropCode, String fileName, BufferedReader in) {
        Thresholds t = matching.thresholds(cropCode);
        Result r = libraries.with(panelId, lib -> {
            PairsMapImport.Imported map;
            try {
                map = new PairsMapImport(fileName, lib, t, json).read(in);
            } catch (IOException e) {
                throw new Invalid("map", fileName + ": cannot read the upload (" + e.getMessage() + ")");
            }
            Result adopted = result(lib, map.minSimilarity(), t, map.computedInMs(), map.pairs());
            cache.put(
                    new Key(panelId, map.minSimilarity(), lib.generation, t),
                    CompletableFuture.completedFuture(adopted));
            return adopted;
        });
        return r;
    }

    private Result result(LoadedLibrary lib, double minSimilarity, Thresholds t, long ms, List<Pair> pairs) {
        List<Long> ids = pairs.stream()
                .flatMap(p -> Stream.of(lib.profileId(p.a()), lib.profileId(p.b())))
                .distinct()
                .toList();
        Map<Long, Long> varietyOf = profiles.varietyOfProfiles(ids);
        Map<Long, Variety> names = varieties.findAll(varietyOf.values()).stream()
                .collect(Collectors.toMap(Variety::getId, Function.identity()));
        List<PairView> views = pairs.stream()
                .map(p -> {
                    long a = lib.profileId(p.a()), b = lib.profileId(p.b());
                    Long va = varietyOf.get(a), vb = varietyOf.get(b);
                    return new PairView(
                            a,
                            va,
                            va == null
                                    ? null
                                    : Objects.requireNonNull(names.get(va)).displayName(),
                            b,
                            vb,
                            vb == null
                                    ? null
                                    : Objects.requireNonNull(names.get(vb)).displayName(),
                            p.counts().compared(),
                            p.counts().identical(),
                            p.counts().differing(),
                            p.similarity(),
                            p.classification().label());
                })
                .toList();
        int m = lib.library.locusCount();
        return new Result(
                lib.panelId,
                minSimilarity,
                lib.library.size(),
                new MatchResult.ThresholdsUsed(
                        t.maxDifferingIndistinct(), t.edvSimilarity(), t.minComparedFraction(), t.minCompared(m)),
                ms,
                views);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
