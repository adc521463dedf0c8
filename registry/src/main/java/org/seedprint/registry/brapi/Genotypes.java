package org.seedprint.registry.brapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.profile.Library;
import org.seedprint.registry.matching.Libraries;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileCatalogue;
import org.seedprint.registry.profiles.ProfileCatalogue.ProfileFilter;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.stereotype.Component;

/**
 * Which genotypes a BrAPI request names, resolved against one panel (one variant set): its call
 * sets (profiles, in the library's order) and variants (loci, in panel order). Genotypes are
 * read from the panel's in-memory matcher library, never per cell from the database.
 */
@Component
class Genotypes {

    /** What a calls or allele-matrix request filters on; every list may be empty (= any). */
    record Filter(
            List<String> variantSetDbIds,
            List<String> variantDbIds,
            List<String> callSetDbIds,
            List<String> germplasmDbIds,
            List<String> positionRanges) {}

    /**
     * The resolved request on one panel: library rows (call sets) and locus indices (variants),
     * both ascending; empty when the filters match nothing.
     */
    record Selection(long panelId, @Nullable Library library, int[] rows, int[] loci) {
        /** The library of a selection that holds anything. */
        Library lib() {
            return Objects.requireNonNull(library, "an empty selection has no library");
        }

        String callSetDbId(int i) {
            return lib().id(rows[i]);
        }

        String variantDbId(int i) {
            return Variants.id(panelId, loci[i]);
        }
    }

    private final Libraries libraries;
    private final ProfileService profiles;
    private final ProfileCatalogue catalogue;

    Genotypes(Libraries libraries, ProfileService profiles, ProfileCatalogue catalogue) {
        this.libraries = libraries;
        this.profiles = profiles;
        this.catalogue = catalogue;
    }

    /** Runs {@code work} on the selection, holding the panel's library meanwhile. */
    <T> T select(Filter f, Function<Selection, T> work) {
        Optional<Long> panel = panelOf(f);
        if (panel.isEmpty()) return work.apply(new Selection(0, null, new int[0], new int[0]));
        long panelId = panel.get();
        List<Long> profileIds = profileIds(f, panelId);
        return libraries.read(
                panelId, lib -> work.apply(new Selection(panelId, lib, rows(lib, profileIds), loci(lib, f, panelId))));
    }

    /** The panel every filter agrees on; empty when one names nothing that exists. */
    private Optional<Long> panelOf(Filter f) {
        Set<Long> panels = new LinkedHashSet<>();
        boolean named = false;
        if (!f.variantSetDbIds().isEmpty()) {
            named = true;
            panels.addAll(Ids.numbers(f.variantSetDbIds()));
        }
        if (!f.variantDbIds().isEmpty()) {
            named = true;
            f.variantDbIds().forEach(v -> Variants.parse(v).ifPresent(p -> panels.add(p.panelId())));
        }
        if (!f.callSetDbIds().isEmpty()) {
            named = true;
            List<Long> ids = Ids.numbers(f.callSetDbIds());
            if (!ids.isEmpty()) {
                catalogue
                        .profiles(new ProfileFilter(ids, List.of(), List.of(), List.of(), List.of()), 0, ids.size())
                        .rows()
                        .forEach(p -> panels.add(p.panelId()));
            }
        }
        panels.removeIf(id -> profiles.panel(id).isEmpty());
        if (named && panels.isEmpty()) return Optional.empty();
        if (panels.size() > 1) {
            throw new Invalid(
                    "variantSetDbId",
                    "the call sets and variants asked for lie in variant sets " + panels
                            + "; a matrix or a list of calls covers one variant set: ask each in turn");
        }
        if (panels.size() == 1) return Optional.of(panels.iterator().next());
        List<Long> all = new ArrayList<>(catalogue.profileCounts().keySet());
        if (all.size() == 1) return Optional.of(all.get(0));
        if (all.isEmpty()) return Optional.empty();
        all.sort(null);
        throw new Invalid(
                "variantSetDbId",
                "the registry holds variant sets " + all
                        + "; name one with variantSetDbId (or callSetDbId, variantDbId)");
    }

    /** Profile ids named by call set or germplasm; null when neither filter is given (all). */
    private @Nullable List<Long> profileIds(Filter f, long panelId) {
        List<Long> ids = null;
        if (!f.callSetDbIds().isEmpty()) ids = Ids.numbers(f.callSetDbIds());
        if (!f.germplasmDbIds().isEmpty()) {
            List<Long> varieties = Ids.numbers(f.germplasmDbIds());
            List<Long> ofGermplasm = varieties.isEmpty()
                    ? List.of()
                    : catalogue
                            .profiles(
                                    new ProfileFilter(List.of(), List.of(panelId), List.of(), varieties, List.of()),
                                    0,
                                    Integer.MAX_VALUE)
                            .rows()
                            .stream()
                            .map(ProfileCatalogue.ProfileEntry::profileId)
                            .toList();
            if (ids == null) ids = ofGermplasm;
            else {
                Set<Long> keep = Set.copyOf(ofGermplasm);
                ids = ids.stream().filter(keep::contains).toList();
            }
        }
        return ids;
    }

    private static int[] rows(Library lib, @Nullable List<Long> profileIds) {
        if (profileIds == null) {
            int[] all = new int[lib.size()];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        return profileIds.stream()
                .mapToInt(id -> lib.indexOf(Long.toString(id)))
                .filter(r -> r >= 0)
                .distinct()
                .sorted()
                .toArray();
    }

    private static int[] loci(Library lib, Filter f, long panelId) {
        int m = lib.locusCount();
        List<Locus> loci = lib.panel().loci();
        List<Range> ranges = f.positionRanges().stream().map(Range::parse).toList();
        Set<Integer> named = null;
        if (!f.variantDbIds().isEmpty()) {
            named = new LinkedHashSet<>();
            for (String v : f.variantDbIds()) {
                Optional<Variants.Ref> r = Variants.parse(v);
                if (r.isPresent() && r.get().panelId() == panelId && r.get().locus() < m)
                    named.add(r.get().locus());
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int l = 0; l < m; l++) {
            if (named != null && !named.contains(l)) continue;
            Locus locus = loci.get(l);
            if (!ranges.isEmpty() && ranges.stream().noneMatch(r -> r.overlaps(locus))) continue;
            out.add(l);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** positionRange "contig:start-end" (BrAPI), compared with a locus's BED interval. */
    record Range(String contig, long start, long end) {
        static Range parse(String text) {
            int colon = text.lastIndexOf(':');
            int dash = text.lastIndexOf('-');
            try {
                if (colon > 0 && dash > colon) {
                    return new Range(
                            text.substring(0, colon),
                            Long.parseLong(text.substring(colon + 1, dash).trim()),
                            Long.parseLong(text.substring(dash + 1).trim()));
                }
                if (colon < 0 && !text.isBlank()) return new Range(text.trim(), 0, Long.MAX_VALUE);
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
            throw new Invalid(
                    "positionRange",
                    "positionRange must be contig:start-end, e.g. chr1:12000-14000, not '" + text + "'");
        }

        boolean overlaps(Locus l) {
            return l.chrom().equals(contig) && l.start() <= end && l.end() > start;
        }
    }

    /** Panel metadata, for variant sets and maps. */
    Optional<PanelRecord> panel(long panelId) {
        return profiles.panel(panelId);
    }

    Map<Long, Long> profileCounts() {
        return catalogue.profileCounts();
    }

    <T> T read(long panelId, Function<Library, T> work) {
        return libraries.read(panelId, work);
    }
}
